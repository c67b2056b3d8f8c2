import type { components } from '@clientportal/sdk/generated';
import type { Db } from '../store/db.js';
import type { AuthorRef, ClientRecord, GrantRecord, UserRecord } from '../store/types.js';

type S = components['schemas'];

/** The id that stands for the whole care team as one recipient. */
export const CARE_TEAM_ID = 'care-team';

/** The whole care team as one recipient ("Zorgteam"). */
const careTeam: S['Recipient'] = { id: CARE_TEAM_ID, name: 'Zorgteam', kind: 'care-team' };

/** The organisation's usual answer time, on care-team and staff recipients, when it states one. */
function withAnswerTime(db: Db, recipient: S['Recipient']): S['Recipient'] {
  const hours = db.settings.usualAnswerHours;
  return hours ? { ...recipient, usualAnswerHours: hours } : recipient;
}

/** The whole care team as one recipient ("Zorgteam"), with the usual answer time. */
export const careTeamRecipient = (db: Db): S['Recipient'] => withAnswerTime(db, careTeam);

/** How a portal user appears as author for this client: the client themself or a contact. */
export function userAuthor(user: UserRecord, grant: GrantRecord): AuthorRef {
  return { id: user.id, name: user.name, kind: grant.relation === 'self' ? 'client' : 'contact' };
}

/** An author record in the contract's shape (no `role` key unless there is one). */
export function toAuthor(ref: AuthorRef): S['Author'] {
  return { id: ref.id, name: ref.name, kind: ref.kind, ...(ref.role ? { role: ref.role } : {}) };
}

/** The active grants of a client that include the messages section, with their users. */
function messagingGrants(
  db: Db,
  clientId: string,
): Array<{ grant: GrantRecord; user: UserRecord }> {
  return db.grants.flatMap((grant) => {
    const user = grant.userId ? db.users.get(grant.userId) : undefined;
    const ok =
      user &&
      grant.clientId === clientId &&
      grant.status === 'active' &&
      grant.sections.includes('messages');
    return ok ? [{ grant, user }] : [];
  });
}

/**
 * Everyone `user` may write to about this client: the care team as a whole, each member, and
 * the other portal users who may use messages for this client. Never oneself.
 */
export function recipientsFor(db: Db, client: ClientRecord, user: UserRecord): S['Recipient'][] {
  const staff = client.careTeam.map((m) =>
    withAnswerTime(db, { id: m.id, name: m.name, kind: 'care-staff', role: m.role }),
  );
  const people = messagingGrants(db, client.id)
    .filter(({ user: other }) => other.id !== user.id)
    .map(({ grant, user: other }) => userAuthor(other, grant));
  return [careTeamRecipient(db), ...staff, ...people];
}

/**
 * A participant id as the viewer sees it. People who lost their access since stay named (the
 * conversation happened), as a contact.
 */
export function describeParticipant(db: Db, clientId: string, id: string): S['Recipient'] {
  if (id === CARE_TEAM_ID) return careTeamRecipient(db);
  const staff = db.staff.get(id);
  if (staff)
    return withAnswerTime(db, { id, name: staff.name, kind: 'care-staff', role: staff.role });
  const user = db.users.get(id);
  const grant = db.grants.find((g) => g.clientId === clientId && g.userId === id);
  if (user && grant) return userAuthor(user, grant);
  return { id, name: user?.name ?? 'Onbekend', kind: 'contact' };
}
