import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unwrap } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData, type LoadContext } from '../../controllers/portal-data.js';
import { problemMessage } from '../../i18n/problems.js';
import { showAllControl } from '../../ui/show-all.js';
import {
  freshnessStyles,
  freshnessView,
  withFreshness,
  type Fresh,
} from '../../ui/freshness/freshness.js';
import { periodOf, presetDays, type Period } from '../../ui/period-picker/period.js';
import { dayInAmsterdam } from '../../ui/period-picker/amsterdam-days.js';
import '../../ui/period-picker/portal-period-picker.js';
import { reportRow, reportRowStyles, type Report } from './report-row.js';
import { reportCorrection } from './report-correction.js';
import { exportable, fetchReportsPdf, saveFile } from './report-download.js';
import { panelFrame } from '../../ui/panel-frame.js';
import { styles } from './portal-reports.styles.js';

/** Reports per request of the full list (the contract's largest page). */
const PAGE = 100;
/** A report row's usual height: title, author line, two lines of text, "Klopt dit niet?", padding. */
export const REPORT_ROW_PX = 162;
/** Before any care record: the start of "all reports" for the start screen's newest three. */
const EARLIEST = '1900-01-01T00:00:00Z';

/** The reports loaded so far for one period, and where the next page starts. */
interface ReportList {
  items: Report[];
  next: string | null;
}

type DownloadState = { step: 'idle' | 'busy' | 'done' } | { step: 'failed'; error: unknown };

/** The last 7 days up to today, as the picker starts. */
const lastWeek = () =>
  periodOf(presetDays('last-7-days', dayInAmsterdam(new Date())), 'last-7-days');

/**
 * @summary The reports (rapportages) in the dossier (P4, P6, C9): in `recent` mode the three
 * newest for a start screen with "Alle rapportages"; in `full` mode those of a period (the last
 * 7 days, month or year, or chosen dates), newest first, in a list of any length, with a PDF
 * download of the period. Shows how fresh the data is (C10).
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be updated.
 * @csspart period - The period picker (full mode).
 * @csspart download - The download button (full mode).
 * @csspart download-status - What the download is doing, or why it failed.
 * @csspart list - The list of reports.
 * @csspart all - The "Alle rapportages" link or button (recent mode).
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when there are no reports.
 * @csspart error - The error message with its retry button.
 * @csspart forbidden - The text when this person may not see reports.
 *
 * @cssproperty --portal-reports-list-height - The height of the full list (default 32rem).
 *
 * @event {PortalShowAllEvent} portal-show-all - "Alle rapportages" was chosen in recent mode;
 * `detail.overview` is `reports`. Cancelable: call `preventDefault()` when the page shows the
 * full list itself; otherwise the link is followed, or without one the panel shows all in place.
 */
export class PortalReports extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, reportRowStyles, styles];

  /** `full` (default): the reports of a period; `recent`: the three newest, for a start screen. */
  @property({ reflect: true }) mode: 'full' | 'recent' = 'full';

  /**
   * Shown inside another panel (the dossier does): a level-3 title and no landmark of its own.
   */
  @property({ type: Boolean }) nested = false;

  /** In recent mode: where "Alle rapportages" leads; without it, a button (see `portal-show-all`). */
  @property({ attribute: 'all-href' }) allHref = '';

  /**
   * What goes below each report's text. By default "Klopt dit niet?" (X11), which asks the care
   * team to correct the report; a function of your own replaces it (`() => nothing`: none).
   */
  @property({ attribute: false }) reportActions: (report: Report) => unknown = reportCorrection;

  /** The period shown in full mode. */
  @state() private period: Period = lastWeek();

  @state() private moreLoading = false;
  @state() private moreError: unknown;
  @state() private download: DownloadState = { step: 'idle' };

  private more: AbortController | undefined;

  private readonly data = new PortalData<Fresh<ReportList>>(this, {
    section: 'reports',
    args: () => [
      this.mode,
      this.mode === 'full' ? this.period.from.getTime() : 0,
      this.period.to.getTime(),
    ],
    isEmpty: (fresh) => fresh.data.items.length === 0,
    load: (ctx) => withFreshness(ctx, (c) => this.loadFirst(c)),
  });

  /** The first page of the period (or the newest three). */
  private async loadFirst({ api, clientId, signal }: LoadContext): Promise<ReportList> {
    this.more?.abort();
    this.moreError = undefined;
    const recent = this.mode === 'recent';
    const query = recent
      ? { from: EARLIEST, limit: 3 }
      : { from: this.period.from.toISOString(), to: this.period.to.toISOString(), limit: PAGE };
    const page = unwrap(
      await api.GET('/clients/{clientId}/reports', {
        params: { path: { clientId }, query },
        signal,
      }),
    );
    return { items: page.items, next: recent ? null : page.nextCursor };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The long list's code is fetched only where the full list is shown.
    if (changed.has('mode') && this.mode === 'full') {
      void import('../../ui/virtual-list/portal-virtual-list.js');
    }
  }

  /** Loads the next page of the period's reports (the list asks near its end). */
  private async loadMore(): Promise<void> {
    const list = this.data.value?.data;
    const portal = this.data.portal;
    if (!list?.next || this.moreLoading || !portal?.clientId) return;
    this.more = new AbortController();
    const { signal } = this.more;
    this.moreLoading = true;
    this.moreError = undefined;
    try {
      const query = {
        from: this.period.from.toISOString(),
        to: this.period.to.toISOString(),
        limit: PAGE,
        cursor: list.next,
      };
      const page = unwrap(
        await portal.client.api.GET('/clients/{clientId}/reports', {
          params: { path: { clientId: portal.clientId }, query },
          signal,
        }),
      );
      list.items = [...list.items, ...page.items];
      list.next = page.nextCursor;
    } catch (error) {
      if (!signal.aborted) this.moreError = error;
    } finally {
      if (!signal.aborted) this.moreLoading = false;
    }
  }

  private onPeriodChange(event: CustomEvent<Period>): void {
    this.more?.abort();
    this.moreLoading = false;
    this.period = event.detail;
    this.download = { step: 'idle' };
  }

  private async onDownload(): Promise<void> {
    const portal = this.data.portal;
    if (!portal?.clientId || this.download.step === 'busy') return;
    const period = this.period;
    this.download = { step: 'busy' };
    try {
      const pdf = await fetchReportsPdf(portal.client.api, portal.clientId, period);
      saveFile(
        pdf,
        `rapportages-${period.fromDay}-${period.toDay}.pdf`,
        this.renderRoot as Element,
      );
      this.download = { step: 'done' };
    } catch (error) {
      this.download = { step: 'failed', error };
    }
  }

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    const recent = this.mode === 'recent';
    const title = recent
      ? msg('Nieuwste rapportages', { id: 'reports.recentTitle' })
      : msg('Rapportages', { id: 'reports.title' });
    return panelFrame(
      this.nested,
      title,
      html`${freshnessView(this.data.value?.sync)} ${recent ? nothing : this.renderTools()}
      ${this.data.render({
        complete: ({ data }) => (recent ? this.renderRecent(data) : this.renderFull(data)),
        empty: () =>
          html`<p class="state empty" part="empty">
            ${
              recent
                ? msg('Er zijn nog geen rapportages.', { id: 'reports.noneYet' })
                : msg('Er zijn geen rapportages in deze periode.', { id: 'reports.noneInPeriod' })
            }
          </p>`,
      })}
      ${recent ? this.renderAll() : nothing}`,
    );
  }

  private renderTools() {
    if (this.data.state === 'forbidden') return nothing;
    return html`<portal-period-picker
        part="period"
        @portal-period-change=${this.onPeriodChange}
      ></portal-period-picker>
      ${this.renderDownload()}`;
  }

  private renderDownload() {
    const allowed = exportable(this.period);
    const { download } = this;
    const status = !allowed
      ? msg('U kunt hoogstens 366 dagen tegelijk downloaden. Kies een kortere periode.', {
          id: 'reports.downloadTooLong',
        })
      : download.step === 'busy'
        ? msg('De pdf wordt gemaakt…', { id: 'reports.downloadBusy' })
        : download.step === 'done'
          ? msg('De pdf is gedownload.', { id: 'reports.downloadDone' })
          : download.step === 'failed'
            ? problemMessage(download.error)
            : '';
    return html`<div class="download">
      <button
        class="secondary"
        part="download"
        type="button"
        aria-describedby="download-status"
        ?disabled=${!allowed || download.step === 'busy'}
        @click=${this.onDownload}
      >
        ${msg('Download als pdf', { id: 'reports.download' })}
      </button>
      <p
        id="download-status"
        class="download-status ${download.step === 'failed' ? 'failed' : ''}"
        part="download-status"
        role="status"
      >
        ${status}
      </p>
    </div>`;
  }

  private renderFull(list: ReportList) {
    const actions = this.reportActions;
    return html`<portal-virtual-list
      part="list"
      class="list"
      label=${msg('Rapportages, nieuwste eerst', { id: 'reports.listLabel' })}
      .items=${list.items}
      .renderItem=${(report: Report) => reportRow(report, actions(report), this.nested)}
      .keyFunction=${(report: Report) => report.id}
      .rowStyles=${reportRowStyles}
      row-size=${REPORT_ROW_PX}
      ?has-more=${list.next !== null}
      ?loading=${this.moreLoading}
      @portal-load-more=${this.loadMore}
      load-problem=${this.moreError ? problemMessage(this.moreError) : ''}
    ></portal-virtual-list>`;
  }

  private renderRecent(list: ReportList) {
    const actions = this.reportActions;
    return html`<ol class="recent" part="list">
      ${list.items.map(
        (report) => html`<li>${reportRow(report, actions(report), this.nested)}</li>`,
      )}
    </ol>`;
  }

  private renderAll() {
    return showAllControl(this, {
      overview: 'reports',
      text: msg('Alle rapportages', { id: 'reports.all' }),
      href: this.allHref,
      state: this.data.state,
    });
  }
}
