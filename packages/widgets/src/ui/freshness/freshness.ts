// How fresh a panel's data is (C10), the way <portal-sync-status> says it, for every panel.
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import type { LoadContext } from '../../controllers/portal-data.js';
import { formatDateTime, formatTime, sameDay } from '../../i18n/format.js';

/** When the care record was last and will next be copied to the portal. */
export type SyncStatus = Schemas['SyncStatus'];

/** A panel's data together with how fresh it is (`sync` is absent when that could not load). */
export interface Fresh<T> {
  /** The panel's own data. */
  data: T;
  /** The synchronisation status of the client's record, if it loaded. */
  sync?: SyncStatus;
}

/**
 * Loads the panel's data and the client's sync status side by side. The data decides the state;
 * a failing sync status only leaves the freshness line out.
 */
export async function withFreshness<T>(
  ctx: LoadContext,
  load: (ctx: LoadContext) => Promise<T>,
): Promise<Fresh<T>> {
  const { api, clientId, signal } = ctx;
  const sync = api
    .GET('/clients/{clientId}/sync-status', { params: { path: { clientId } }, signal })
    .then(unwrap, () => undefined)
    .catch(() => undefined);
  const data = await load(ctx);
  return { data, sync: await sync };
}

/** "Laatst bijgewerkt om 14:00 · volgende update om 15:00", as in <portal-sync-status>. */
export function freshnessView(sync: SyncStatus | undefined): TemplateResult | typeof nothing {
  if (!sync) return nothing;
  const now = Date.now();
  const last = sameDay(sync.lastSyncAt, now)
    ? msg(str`Laatst bijgewerkt om ${formatTime(sync.lastSyncAt)}`, { id: 'sync.lastToday' })
    : msg(str`Laatst bijgewerkt op ${formatDateTime(sync.lastSyncAt)}`, {
        id: 'sync.lastOtherDay',
      });
  const next = sameDay(sync.nextSyncAt, now)
    ? msg(str`volgende update om ${formatTime(sync.nextSyncAt)}`, { id: 'sync.next' })
    : msg(str`volgende update morgen om ${formatTime(sync.nextSyncAt)}`, {
        id: 'sync.nextTomorrow',
      });
  return html`<p class="freshness" part="freshness">${last} · ${next}</p>`;
}

/** The freshness line's style: small and quiet, under the heading. */
export const freshnessStyles = css`
  .freshness {
    margin: 0 0 var(--_portal-space-m);
    color: var(--_portal-muted);
    font-size: var(--_portal-font-size-s);
  }
`;
