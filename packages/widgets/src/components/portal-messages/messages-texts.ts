// The words of the messages panel that depend on data: roles, read marks, answer times, problems.
import { msg, str } from '@lit/localize';
import type { Schemas } from '@clientportal/sdk';

type Recipient = Schemas['Recipient'];

/** The role of a recipient in a few words ("verpleegkundige", "contactpersoon"). */
export function roleText(r: Recipient): string {
  switch (r.role ?? r.kind) {
    case 'coordinator':
      return msg('zorgcoördinator', { id: 'messages.role.coordinator' });
    case 'nurse':
      return msg('verpleegkundige', { id: 'messages.role.nurse' });
    case 'pedagogical-worker':
      return msg('pedagogisch medewerker', { id: 'messages.role.pedagogical' });
    case 'care-team':
      return msg('iedereen in het zorgteam', { id: 'messages.role.team' });
    case 'client':
      return msg('cliënt', { id: 'messages.role.client' });
    default:
      return msg('contactpersoon', { id: 'messages.role.contact' });
  }
}

/** Whether a recipient belongs to the care team (the team itself or one of its staff). */
export const isCare = (r: Recipient) => r.kind === 'care-team' || r.kind === 'care-staff';

/** "Het zorgteam antwoordt meestal binnen 24 uur." for the slowest stated answer time, if any. */
export function answerTimeText(people: readonly Recipient[]): string | undefined {
  const hours = Math.max(0, ...people.map((p) => p.usualAnswerHours ?? 0));
  if (!hours) return undefined;
  if (hours % 24 === 0) {
    const days = hours / 24;
    return days === 1
      ? msg('Het zorgteam antwoordt meestal binnen 1 dag.', { id: 'messages.answerDay' })
      : msg(str`Het zorgteam antwoordt meestal binnen ${days} dagen.`, {
          id: 'messages.answerDays',
        });
  }
  return msg(str`Het zorgteam antwoordt meestal binnen ${hours} uur.`, {
    id: 'messages.answerHours',
  });
}

/** Whether the care team read one's own message, when the server says. */
export function readByTeamText(m: Schemas['Message']): string | undefined {
  if (m.readByCareTeam === undefined) return undefined;
  return m.readByCareTeam
    ? msg('Gelezen door het zorgteam', { id: 'messages.readByTeam' })
    : msg('Nog niet gelezen door het zorgteam', { id: 'messages.notReadByTeam' });
}

/** The problems of the composer's fields. */
export const problems = {
  noRecipient: () =>
    msg('Kies aan wie u het bericht stuurt.', { id: 'messages.problem.noRecipient' }),
  empty: () => msg('Typ eerst uw bericht.', { id: 'messages.problem.empty' }),
  tooLong: (max: number, length: number) =>
    msg(
      str`Uw bericht is te lang. Het mag ${max} tekens hebben. Nu zijn het er ${length}. Maak het bericht korter.`,
      { id: 'messages.problem.tooLong' },
    ),
};

/** "12 van 2000 tekens". */
export const countText = (length: number, max: number) =>
  msg(str`${length} van ${max} tekens`, { id: 'messages.count' });
