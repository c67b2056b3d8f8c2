// How fresh a panel's data is (C10), in one line under its heading, as <portal-sync-status> says it.
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalData } from '../controllers/portal-data.js';
import { formatDateTime, formatTime, sameDay } from '../i18n/format.js';

type SyncStatus = Schemas['SyncStatus'];

/** "Laatst bijgewerkt om 13:00 · volgende update om 14:00" for a sync status. */
export function freshnessText(s: SyncStatus, now = Date.now()): string {
  const last = sameDay(s.lastSyncAt, now)
    ? msg(str`Laatst bijgewerkt om ${formatTime(s.lastSyncAt)}`, { id: 'sync.lastToday' })
    : msg(str`Laatst bijgewerkt op ${formatDateTime(s.lastSyncAt)}`, { id: 'sync.lastOtherDay' });
  const next = sameDay(s.nextSyncAt, now)
    ? msg(str`volgende update om ${formatTime(s.nextSyncAt)}`, { id: 'sync.next' })
    : msg(str`volgende update morgen om ${formatTime(s.nextSyncAt)}`, { id: 'sync.nextTomorrow' });
  return `${last} · ${next}`;
}

/**
 * Loads the sync status for a panel and renders its freshness line (part `freshness`); shows
 * nothing while it loads or when it cannot be had, since the panel's own state says enough then.
 */
export class Freshness {
  private readonly data: PortalData<SyncStatus>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.data = new PortalData<SyncStatus>(host, {
      load: async ({ api, clientId, signal }) =>
        unwrap(
          await api.GET('/clients/{clientId}/sync-status', {
            params: { path: { clientId } },
            signal,
          }),
        ),
    });
  }

  /** The line, or nothing until the status is known. */
  render(): unknown {
    const status = this.data.value;
    if (!status) return nothing;
    return html`<p class="freshness" part="freshness">${freshnessText(status)}</p>`;
  }
}
