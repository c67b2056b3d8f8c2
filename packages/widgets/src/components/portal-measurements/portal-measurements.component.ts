import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PortalData } from '../../controllers/portal-data.js';
import { PortalElement } from '../../internal/portal-element.js';
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
import { chartStyles } from '../../ui/chart/trend-chart.js';
import {
  loadNewest,
  loadPeriod,
  type MeasurementData,
  type View,
  viewsOf,
} from './measurement-data.js';
import { newestItem, viewStyles, viewTrend } from './measurement-views.js';
import { styles } from './portal-measurements.styles.js';

/** The last month up to today, as the picker starts here. */
const lastMonth = () =>
  periodOf(presetDays('last-month', dayInAmsterdam(new Date())), 'last-month');

/**
 * @summary The measurements in the care record (P7, X1, P4): in `recent` mode the newest value of
 * each kind for a start screen with "Alle metingen"; in `full` mode the measurements of a period,
 * filtered by kind, per kind a trend chart with the normal range shaded and values outside it
 * marked, and the same data as a table. Blood pressure shows both values. Shows how fresh the
 * data is (C10).
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be updated.
 * @csspart period - The period picker (full mode).
 * @csspart kind - The choice of kind (full mode).
 * @csspart list - The newest values (recent mode) or the charts and tables (full mode).
 * @csspart table - A kind's table (full mode).
 * @csspart all - The "Alle metingen" link or button (recent mode).
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when there are no measurements.
 * @csspart error - The error message with its retry button.
 * @csspart forbidden - The text when this person may not see measurements.
 *
 * @event {PortalShowAllEvent} portal-show-all - "Alle metingen" was chosen in recent mode;
 * `detail.overview` is `measurements`. Cancelable: call `preventDefault()` when the page shows
 * the full panel itself; otherwise the link is followed, or without one the panel shows all in
 * place.
 */
export class PortalMeasurements extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, chartStyles, viewStyles, styles];

  /** `full` (default): the measurements of a period; `recent`: the newest of each kind. */
  @property({ reflect: true }) mode: 'full' | 'recent' = 'full';

  /** In recent mode: where "Alle metingen" leads; without it, a button (see `portal-show-all`). */
  @property({ attribute: 'all-href' }) allHref = '';

  /** The period shown in full mode. */
  @state() private period: Period = lastMonth();

  /** The chosen kind (a view's key), or '' for all kinds. */
  @state() private kind = '';

  private readonly data = new PortalData<Fresh<MeasurementData>>(this, {
    section: 'measurements',
    args: () => [
      this.mode,
      this.mode === 'full' ? this.period.from.getTime() : 0,
      this.period.to.getTime(),
    ],
    isEmpty: (fresh) => fresh.data.items.length === 0,
    load: (ctx) =>
      withFreshness(ctx, (c) =>
        this.mode === 'recent' ? loadNewest(c) : loadPeriod(c, this.period),
      ),
  });

  private onPeriodChange(event: CustomEvent<Period>): void {
    this.period = event.detail;
  }

  private onKind(event: Event): void {
    this.kind = (event.target as HTMLSelectElement).value;
  }

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    const recent = this.mode === 'recent';
    const title = recent
      ? msg('Nieuwste metingen', { id: 'measurements.recentTitle' })
      : msg('Metingen', { id: 'measurements.title' });
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title" tabindex="-1">${title}</h2>
      ${freshnessView(this.data.value?.sync)} ${recent ? nothing : this.renderTools()}
      ${this.data.render({
        complete: ({ data }) => (recent ? this.renderRecent(data) : this.renderFull(data)),
        empty: () =>
          html`<p class="state empty" part="empty">
            ${
              recent
                ? msg('Er zijn nog geen metingen.', { id: 'measurements.noneYet' })
                : msg('Er zijn geen metingen in deze periode.', { id: 'measurements.noneInPeriod' })
            }
          </p>`,
      })}
      ${recent ? this.renderAll() : nothing}
    </section>`;
  }

  private renderTools() {
    if (this.data.state === 'forbidden') return nothing;
    const views = viewsOf(this.data.value?.data.kinds ?? []);
    return html`<portal-period-picker
        part="period"
        preset="last-month"
        @portal-period-change=${this.onPeriodChange}
      ></portal-period-picker>
      ${views.length ? this.renderKinds(views) : nothing}`;
  }

  private renderKinds(views: View[]) {
    return html`<p class="kind-field">
      <label for="kind">${msg('Soort meting', { id: 'measurements.kind' })}</label>
      <select id="kind" part="kind" @change=${this.onKind}>
        <option value="" ?selected=${this.kind === ''}>
          ${msg('Alle soorten', { id: 'measurements.allKinds' })}
        </option>
        ${views.map(
          (v) => html`<option value=${v.key} ?selected=${this.kind === v.key}>${v.name}</option>`,
        )}
      </select>
    </p>`;
  }

  private renderFull({ kinds, items }: MeasurementData) {
    const shown = viewsOf(kinds).filter((v) => !this.kind || v.key === this.kind);
    const { from, to } = this.period;
    return html`<div class="trends" part="list">
      ${shown.map((v) => viewTrend(v, items, from.getTime(), to.getTime()))}
    </div>`;
  }

  private renderRecent({ kinds, items }: MeasurementData) {
    return html`<ul class="newest" part="list">
      ${viewsOf(kinds).map((v) => newestItem(v, items))}
    </ul>`;
  }

  private renderAll() {
    return showAllControl(this, {
      overview: 'measurements',
      text: msg('Alle metingen', { id: 'measurements.all' }),
      href: this.allHref,
      state: this.data.state,
    });
  }
}
