import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData, type LoadContext } from '../../controllers/portal-data.js';
import { formatDateTime } from '../../i18n/format.js';
import { problemMessage } from '../../i18n/problems.js';
import {
  freshnessStyles,
  freshnessView,
  withFreshness,
  type Fresh,
} from '../../ui/freshness/freshness.js';
import { dayInAmsterdam } from '../../ui/period-picker/amsterdam-days.js';
import { periodOf, presetDays, type Period } from '../../ui/period-picker/period.js';
import type { PortalPeriodChangeEvent } from '../../ui/period-picker/portal-period-picker.component.js';
import '../../ui/period-picker/portal-period-picker.js';
import '../../ui/virtual-list/portal-virtual-list.js';
import { actionText, actorKind, originText } from './access-log-texts.js';
import { accessLogStyles } from './portal-access-log.styles.js';

type Entry = Schemas['AccessLogEntry'];
type Page = Schemas['AccessLogPage'];

/** Entries per request: a screenful and more. */
const PAGE_SIZE = 50;

/**
 * @summary Who looked at or changed the client's record (X5, NEN 7513): who, when, acting for
 * whom, what and from where, for a chosen period, newest first, in a list of any length.
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be copied from the care record.
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when nobody opened the record in the period.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 * @csspart forbidden - The message when the access-log section is not granted.
 */
export class PortalAccessLog extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, accessLogStyles];

  /** The period shown; the last 7 days at first, as the period picker starts. */
  @state() private period: Period = periodOf(
    presetDays('last-7-days', dayInAmsterdam(new Date())),
    'last-7-days',
  );
  /** The entries of the pages after the first. */
  @state() private more: Entry[] = [];
  /** The cursor of the next page; null when everything is loaded. */
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  /** Why the last next page failed, shown until the next try. */
  @state() private moreError: unknown;

  /** The first page the rest belongs to: a new one (another period) starts over. */
  private firstPage: Page | undefined;
  private moreAbort: AbortController | undefined;

  private readonly data = new PortalData<Fresh<Page>>(this, {
    section: 'access-log',
    args: () => [this.period.from.getTime(), this.period.to.getTime()],
    load: (ctx) => withFreshness(ctx, (c) => this.fetchPage(c, undefined)),
    isEmpty: (v) => v.data.items.length === 0,
  });

  private async fetchPage({ api, clientId, signal }: LoadContext, cursor: string | undefined) {
    const { from, to } = this.period;
    const query = { from: from.toISOString(), to: to.toISOString(), limit: PAGE_SIZE, cursor };
    return unwrap(
      await api.GET('/clients/{clientId}/access-log', {
        params: { path: { clientId }, query },
        signal,
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const first = this.data.value?.data;
    if (first === this.firstPage) return;
    this.firstPage = first;
    this.moreAbort?.abort();
    this.more = [];
    this.cursor = first?.nextCursor ?? null;
    this.loadingMore = false;
    this.moreError = undefined;
  }

  private async loadMore(): Promise<void> {
    const { portal } = this.data;
    const first = this.firstPage;
    if (!portal?.clientId || !this.cursor || this.loadingMore) return;
    const abort = (this.moreAbort = new AbortController());
    this.loadingMore = true;
    this.moreError = undefined;
    const ctx = {
      api: portal.client.api,
      client: portal.client,
      clientId: portal.clientId,
      signal: abort.signal,
    };
    try {
      const page = await this.fetchPage(ctx, this.cursor);
      if (first !== this.firstPage) return;
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      if (!abort.signal.aborted) this.moreError = error;
    } finally {
      if (first === this.firstPage) this.loadingMore = false;
    }
  }

  protected override render() {
    const shown = this.data.state;
    if (shown === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">
        ${msg('Wie heeft mijn dossier bekeken?', { id: 'accessLog.title' })}
      </h2>
      ${shown === 'forbidden' ? nothing : this.renderPeriod()}
      ${this.data.render({
        complete: (v) => this.renderLog(v),
        empty: () =>
          html`${freshnessView(this.data.value?.sync)}
            <p class="state empty" part="empty">
              ${msg('In deze periode heeft niemand uw dossier bekeken of gewijzigd.', {
                id: 'accessLog.empty',
              })}
            </p>`,
      })}
    </section>`;
  }

  private renderPeriod() {
    return html`<p class="intro">
        ${msg(
          'Hier ziet u wie uw dossier heeft bekeken of gewijzigd. En wanneer, namens wie en vanaf waar. Kies een periode.',
          { id: 'accessLog.intro' },
        )}
      </p>
      <portal-period-picker
        @portal-period-change=${(e: PortalPeriodChangeEvent) => (this.period = e.detail)}
      ></portal-period-picker>`;
  }

  private renderLog({ data, sync }: Fresh<Page>) {
    return html`${freshnessView(sync)}
      <portal-virtual-list
        .items=${[...data.items, ...this.more]}
        .renderItem=${(entry: Entry) => this.renderEntry(entry)}
        .keyFunction=${(entry: Entry) => entry.id}
        label=${msg('Wie heeft mijn dossier bekeken', { id: 'accessLog.listLabel' })}
        ?has-more=${this.cursor !== null}
        ?loading=${this.loadingMore}
        @portal-load-more=${() => void this.loadMore()}
        load-problem=${this.moreError ? problemMessage(this.moreError) : ''}
      ></portal-virtual-list>`;
  }

  private renderEntry(entry: Entry) {
    const onBehalf = entry.onBehalfOf
      ? msg(str`Namens ${entry.onBehalfOf}`, { id: 'accessLog.onBehalfOf' })
      : '';
    return html`<span part="entry-who">${entry.actor.name} · ${actorKind(entry.actor.kind)}</span>
      <span part="entry-what">${actionText(entry)}</span>
      <span part="entry-when">${formatDateTime(entry.at)}</span>
      <span part="entry-meta"
        >${[onBehalf, originText(entry.origin)].filter(Boolean).join(' · ')}</span
      >`;
  }
}
