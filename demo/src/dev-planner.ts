// The demo's planner: answers visit change requests (X10) as the care organisation's planner would.
import { html, nothing } from 'lit';
import type { AppointmentRecord } from '../../packages/mock-server/src/store/types.js';
import { answerVisitChange } from './dev-api.js';

const when = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Answers one request; the portal shows the answer on its next load of the agenda. */
async function answer(id: string, accept: boolean, done: () => void): Promise<void> {
  const text = accept ? '' : (prompt('Antwoord van de planner aan de cliënt:') ?? '');
  await answerVisitChange(id, accept, text);
  done();
}

/** The drawer's "Planner" section: the open visit change requests with accept and decline. */
export function plannerSection(open: readonly AppointmentRecord[], done: () => void) {
  return html`<h3>Planner (bezoekwijzigingen)</h3>
    ${
      open.length === 0
        ? html`<p>Geen open verzoeken. Kies "Ik ben er niet" bij een zorgafspraak.</p>`
        : html`<ol>
            ${open.map((a) => {
              const r = a.changeRequest!;
              return html`<li>
                <div class="meta">${a.title} · ${when.format(new Date(a.start))}</div>
                <p>
                  ${r.kind === 'not-home' ? 'Niet thuis' : 'Ander moment'}: ${r.reason}
                  ${r.proposedStart ? html`(voorstel ${when.format(new Date(r.proposedStart))})` : nothing}
                </p>
                <button type="button" @click=${() => void answer(a.id, true, done)}>
                  Accepteren
                </button>
                <button type="button" @click=${() => void answer(a.id, false, done)}>
                  Afwijzen…
                </button>
              </li>`;
            })}
          </ol>`
    }`;
}
