// The demo's planner: answers visit change requests (X10) as the care organisation's planner would.
import { html, nothing } from 'lit';
import {
  answerVisitChange,
  openVisitChanges,
} from '../../packages/mock-server/src/handlers/visit-changes.js';
import type { BrowserMock } from './dev-panel.js';

const when = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Answers one request; the portal shows the answer on its next load of the agenda. */
function answer(mock: BrowserMock, id: string, accept: boolean, done: () => void): void {
  const text = accept ? '' : (prompt('Antwoord van de planner aan de cliënt:') ?? '');
  answerVisitChange(mock.backend.db, mock.backend.clock.now(), id, { accept, text });
  done();
}

/** The drawer's "Planner" section: the open visit change requests with accept and decline. */
export function plannerSection(mock: BrowserMock | undefined, done: () => void) {
  if (!mock) return nothing;
  const open = openVisitChanges(mock.backend.db);
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
                <button type="button" @click=${() => answer(mock, a.id, true, done)}>
                  Accepteren
                </button>
                <button type="button" @click=${() => answer(mock, a.id, false, done)}>
                  Afwijzen…
                </button>
              </li>`;
            })}
          </ol>`
    }`;
}
