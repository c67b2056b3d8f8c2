import { msg, str } from '@lit/localize';
import { css, html } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { formatDateTime, formatTime, sameDay } from '../../i18n/format.js';

type SyncStatus = Schemas['SyncStatus'];

/**
 * @summary How fresh the portal's data is (C10): when the care record was last copied to the
 * portal, when next, and that this happens every hour between 06:00 and 24:00.
 *
 * @csspart panel - The panel's frame.
 * @csspart last - The line with the last update.
 * @csspart next - The line with the next update.
 * @csspart explanation - Where the data comes from and how often it is copied.
 * @csspart loading - The progress indicator while loading.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssproperty --portal-color-muted - The colour of the explanation.
 */
export class PortalSyncStatus extends PortalElement {
  static override styles = [
    PortalElement.styles,
    css`
      .lines {
        margin: 0 0 var(--_portal-space-s);
        font-weight: 600;
      }
      .explain {
        margin: 0;
        color: var(--_portal-muted);
        font-size: var(--_portal-font-size-s);
      }
    `,
  ];

  private readonly data = new PortalData<SyncStatus>(this, {
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/sync-status', {
          params: { path: { clientId } },
          signal,
        }),
      ),
  });

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Hoe actueel is dit?', { id: 'sync.title' })}</h2>
      ${this.data.render({ complete: (s) => this.renderStatus(s) })}
    </section>`;
  }

  private renderStatus(s: SyncStatus) {
    const now = Date.now();
    const last = sameDay(s.lastSyncAt, now)
      ? msg(str`Laatst bijgewerkt om ${formatTime(s.lastSyncAt)}`, { id: 'sync.lastToday' })
      : msg(str`Laatst bijgewerkt op ${formatDateTime(s.lastSyncAt)}`, { id: 'sync.lastOtherDay' });
    // After the last copy of the day the next one is tomorrow morning: say so.
    const next = sameDay(s.nextSyncAt, now)
      ? msg(str`volgende update om ${formatTime(s.nextSyncAt)}`, { id: 'sync.next' })
      : msg(str`volgende update morgen om ${formatTime(s.nextSyncAt)}`, {
          id: 'sync.nextTomorrow',
        });
    return html`<p class="lines">
        <span part="last">${last}</span> · <span part="next">${next}</span>
      </p>
      <p class="explain" part="explanation">${this.explanation(s)}</p>`;
  }

  private explanation({ intervalMinutes: minutes, windowStart: from, windowEnd: to }: SyncStatus) {
    return minutes === 60
      ? msg(
          str`De gegevens komen uit uw zorgdossier. Ze worden elk uur tussen ${from} en ${to} naar het portaal gekopieerd. Wat net is toegevoegd, ziet u dus misschien nog niet.`,
          { id: 'sync.explainHourly' },
        )
      : msg(
          str`De gegevens komen uit uw zorgdossier. Ze worden elke ${minutes} minuten tussen ${from} en ${to} naar het portaal gekopieerd. Wat net is toegevoegd, ziet u dus misschien nog niet.`,
          { id: 'sync.explain' },
        );
  }
}
