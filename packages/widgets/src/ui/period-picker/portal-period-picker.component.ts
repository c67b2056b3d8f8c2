import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { currentLocale } from '../../i18n/localization.js';
import { PortalElement } from '../../internal/portal-element.js';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { dayInAmsterdam } from './amsterdam-days.js';
import {
  checkDays,
  EARLIEST_DAY,
  formatDayRange,
  PERIOD_PRESETS,
  periodOf,
  presetDays,
  presetLabel,
  type DayProblems,
  type DayRange,
  type Period,
  type PeriodPreset,
} from './period.js';
import { styles } from './portal-period-picker.styles.js';
import { PortalPeriodChangeEvent } from '../../events/period-events.js';
export { PortalPeriodChangeEvent } from '../../events/period-events.js';

/** How long typing in a date field may pause before the period counts as chosen. */
const SETTLE_MS = 700;

/**
 * @summary Chooses a period: the last 7 days, month or year, or two dates, as a radio group
 * that works fully with the keyboard. Days are counted in Europe/Amsterdam.
 *
 * @csspart fieldset - The group around the choices.
 * @csspart legend - The name of the group.
 * @csspart option - One choice (a label around its radio button).
 * @csspart custom - The two date fields of a chosen period.
 * @csspart date-input - A date field.
 * @csspart message - A message next to a date field.
 * @csspart range - The chosen period, in words.
 *
 * @event {PortalPeriodChangeEvent} portal-period-change - The period has changed; `detail` is `{ from, to, preset, fromDay,
 * toDay }`, with `to` the start of the day after the last day (as the API's `to`).
 */
@localized()
export class PortalPeriodPicker extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  /** The choice: `last-7-days` (default), `last-month`, `last-year` or `custom`. */
  @property({ reflect: true }) preset: PeriodPreset = 'last-7-days';

  /** The first day of a custom period ("YYYY-MM-DD"). */
  @property() from = '';

  /** The last day of a custom period, included ("YYYY-MM-DD"). */
  @property() to = '';

  /** The name of the group; "Periode" when empty. */
  @property() label = '';

  /** The moment that counts as now (for stories and tests); the current time when unset. */
  @property({ attribute: false }) now?: Date;

  @state() private problems: DayProblems = {};

  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  /** The last period announced, so the same period is not announced twice. */
  private announced = '';

  /** The period as chosen now, or `undefined` while the custom dates are not right. */
  get value(): Period | undefined {
    const today = this.today();
    if (this.preset !== 'custom') return periodOf(presetDays(this.preset, today), this.preset);
    const days = { fromDay: this.from, toDay: this.to };
    const problems = checkDays(days, today);
    return problems.from || problems.to ? undefined : periodOf(days, 'custom');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  private today(): string {
    return dayInAmsterdam(this.now ?? new Date());
  }

  private onPresetChange(event: Event): void {
    const preset = (event.target as HTMLInputElement).value as PeriodPreset;
    if (preset === 'custom' && !(this.from && this.to)) {
      // Start from what was shown, so a small change is a small edit.
      const shown = this.value;
      if (shown) ({ fromDay: this.from, toDay: this.to } = shown);
    }
    this.preset = preset;
    this.problems = {};
    this.emitChange();
  }

  /** Typing a date changes it segment by segment; wait until the user pauses or leaves the field. */
  private onDateChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.id === 'from') this.from = input.value;
    else this.to = input.value;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settleDates(), SETTLE_MS);
  }

  private settleDates(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.problems = checkDays({ fromDay: this.from, toDay: this.to }, this.today());
    this.emitChange();
  }

  private onDateBlur(): void {
    if (this.settleTimer !== undefined) this.settleDates();
  }

  private onDateKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.settleDates();
  }

  private emitChange(): void {
    const period = this.value;
    if (!period) return;
    const key = `${period.preset} ${period.fromDay} ${period.toDay}`;
    if (key === this.announced) return;
    this.announced = key;
    this.dispatchEvent(new PortalPeriodChangeEvent(period));
  }

  private renderOption(preset: PeriodPreset) {
    return html`
      <label class="option" part="option">
        <input
          type="radio"
          name="preset"
          .value=${preset}
          .checked=${live(this.preset === preset)}
          @change=${this.onPresetChange}
        />
        <span>${presetLabel(preset)}</span>
      </label>
    `;
  }

  private renderDate(id: 'from' | 'to', label: string, value: string, min: string) {
    const problem = this.problems[id];
    return html`
      <div class="date-field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          part="date-input"
          type="date"
          min=${min}
          max=${this.today()}
          .value=${live(value)}
          aria-describedby="${id}-message"
          aria-invalid=${problem ? 'true' : 'false'}
          @change=${this.onDateChange}
          @blur=${this.onDateBlur}
          @keydown=${this.onDateKeydown}
        />
        <p id="${id}-message" class="message" part="message" aria-live="polite">${problem ?? ''}</p>
      </div>
    `;
  }

  private renderCustom() {
    return html`
      <div class="custom" part="custom">
        ${this.renderDate('from', msg('Van', { id: 'ui.period.from' }), this.from, EARLIEST_DAY)}
        ${this.renderDate(
          'to',
          msg('Tot en met', { id: 'ui.period.to' }),
          this.to,
          this.from || EARLIEST_DAY,
        )}
      </div>
    `;
  }

  override render() {
    const period = this.value;
    const days: DayRange | undefined = period;
    return html`
      <fieldset part="fieldset">
        <legend part="legend">${this.label || msg('Periode', { id: 'ui.period.label' })}</legend>
        <div class="options">${PERIOD_PRESETS.map((preset) => this.renderOption(preset))}</div>
        ${this.preset === 'custom' ? this.renderCustom() : nothing}
        <p class="range" part="range" aria-live="polite">
          ${days ? formatDayRange(days, currentLocale() === 'en' ? 'en-GB' : 'nl-NL') : ''}
        </p>
      </fieldset>
    `;
  }
}
