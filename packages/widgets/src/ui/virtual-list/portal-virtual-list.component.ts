import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import { localized, msg } from '@lit/localize';
import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { PortalElement } from '../../internal/portal-element.js';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './portal-virtual-list.styles.js';
import { PortalLoadMoreEvent } from '../../events/list-events.js';
export { type PortalLoadMoreDetail, PortalLoadMoreEvent } from '../../events/list-events.js';
import { rowLayout } from './row-layout.js';

/** Keys that move focus between rows, and how far. */
type Step = number | 'first' | 'last';

/**
 * @summary A list of any length that renders only the rows in view (on `@lit-labs/virtualizer`),
 * each row reachable with the keyboard, and that asks for more rows near its end. Out of view
 * (no row rendered) the list itself takes Tab, and hands focus to its row once scrolled in.
 *
 * @csspart list - The scrolling list (`role="list"`).
 * @csspart row - A row (`role="listitem"`, with `aria-posinset` and `aria-setsize`).
 * @csspart status - The line that says more rows are loading.
 * @csspart load-more - The button that loads more rows by hand.
 *
 * @cssproperty --portal-virtual-list-height - The height of the list (default 28rem).
 *
 * @event {PortalLoadMoreEvent} portal-load-more - The user is near the end and there is more: load the next page and
 * append it to `items`; `detail` is `{ loaded }`.
 */
@localized()
export class PortalVirtualList<T = unknown> extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  /** The items, in order; append to load more (a new array, so the list sees the change). */
  @property({ attribute: false }) items: T[] = [];

  /** Renders the content of one row. */
  @property({ attribute: false }) renderItem: (item: T, index: number) => unknown = (item) =>
    String(item);

  /** A stable key per item (e.g. its id), so rows are reused correctly when items change. */
  @property({ attribute: false }) keyFunction?: (item: T, index: number) => unknown;

  /** The accessible name of the list, e.g. "Berichten". */
  @property() label = '';

  /** How many items there are in all, when the server says; otherwise unknown while `has-more`. */
  @property({ type: Number }) total?: number;

  /** Whether there are items after the last one loaded. */
  @property({ type: Boolean, attribute: 'has-more' }) hasMore = false;

  /** Whether the next page is being loaded. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Styles of the rows' content, which is rendered inside this list's shadow root. */
  @property({ attribute: false }) rowStyles?: CSSResult;

  /**
   * The expected height of a row in px (rows are measured once rendered). Give the real size:
   * the first frame then renders only the rows in view, and lays them out once.
   */
  @property({ type: Number, attribute: 'row-size' }) rowSize?: number;

  /** How many px beyond the view, above and below, rows are kept rendered (default 200). */
  @property({ type: Number }) overhang = 200;

  /**
   * Why the last page could not be loaded, said below the list (with "Meer laden" to try
   * again); empty when there is nothing to say.
   */
  @property({ attribute: 'load-problem' }) loadProblem = '';

  /** How many rows before the end `portal-load-more` is fired. */
  @property({ type: Number, attribute: 'load-more-threshold' }) loadMoreThreshold = 10;

  /** The row that Tab goes to (roving tabindex). */
  @state() private activeIndex = 0;

  /** The rows in the DOM now. */
  @state() private rendered = { first: 0, last: -1 };

  /** The rows in view now. */
  @state() private visible = { first: 0, last: -1 };

  /** `items.length` when the last `portal-load-more` was fired, so it fires once per page. */
  private requestedAt = -1;

  @query('[part="list"]') private list!: VirtualizerHostElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first render, so rows are measured with their real styles.
    const sheet = this.rowStyles?.styleSheet;
    if (!changed.has('rowStyles') || !sheet) return;
    const root = this.renderRoot as ShadowRoot;
    const previous = changed.get('rowStyles')?.styleSheet;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== previous), sheet];
  }

  /** Scrolls the row of `index` into view and gives it focus. */
  async focusRow(index: number): Promise<void> {
    const target = Math.max(0, Math.min(index, this.items.length - 1));
    this.activeIndex = target;
    await this.updateComplete;
    let row = this.row(target);
    if (!row) {
      this.list[virtualizerRef]?.element(target)?.scrollIntoView({ block: 'nearest' });
      await this.list[virtualizerRef]?.layoutComplete;
      await this.updateComplete;
      row = this.row(target);
    }
    row?.focus();
  }

  private row(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part="row"][data-index="${index}"]`);
  }

  /** The row that takes Tab: the active one, or the first in view when that one is not rendered. */
  private tabStop(): number {
    const { first, last } = this.rendered;
    if (this.activeIndex >= first && this.activeIndex <= last) return this.activeIndex;
    return Math.max(this.visible.first, first, 0);
  }

  private setSize(): number {
    if (this.total !== undefined && this.total >= 0) return this.total;
    return this.hasMore ? -1 : this.items.length;
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    this.rendered = { first: event.first, last: event.last };
  }

  private onVisibilityChanged(event: VisibilityChangedEvent): void {
    this.visible = { first: event.first, last: event.last };
    if (event.last >= this.items.length - 1 - this.loadMoreThreshold) this.requestMore(false);
  }

  private requestMore(byHand: boolean): void {
    if (!this.hasMore || this.loading) return;
    if (!byHand && this.requestedAt === this.items.length) return;
    this.requestedAt = this.items.length;
    this.dispatchEvent(new PortalLoadMoreEvent(this.items.length));
  }

  /** Whether the list has rows but none in the DOM (it is out of view), so no row can take Tab. */
  private rowless(): boolean {
    const { first, last } = this.rendered;
    return this.items.length > 0 && (last < 0 || last < first);
  }

  private onFocusIn(event: FocusEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part="row"]');
    if (row) this.activeIndex = Number(row.dataset.index);
    // The list itself took Tab while out of view: focus scrolled it in, so its row takes over.
    else if (event.target === this.list) void this.focusRow(this.activeIndex);
  }

  private stepFor(key: string): Step | undefined {
    const page = Math.max(1, this.visible.last - this.visible.first);
    const steps: Record<string, Step> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: 'first',
      End: 'last',
    };
    return steps[key];
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = this.stepFor(event.key);
    const onRow = (event.target as HTMLElement).matches('[part="row"]');
    if (step === undefined || !onRow || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (step === 'first') void this.focusRow(0);
    else if (step === 'last') void this.focusRow(this.items.length - 1);
    else void this.focusRow(this.activeIndex + step);
  }

  private renderRow(item: T, index: number, tabStop: number, setSize: number) {
    return html`
      <div
        part="row"
        class="row"
        role="listitem"
        data-index=${index}
        tabindex=${index === tabStop ? 0 : -1}
        aria-posinset=${index + 1}
        aria-setsize=${setSize}
      >
        ${this.renderItem(item, index)}
      </div>
    `;
  }

  private renderFooter() {
    const loading = this.loading ? msg('Meer laden…', { id: 'ui.list.loading' }) : '';
    return html`
      <p class="status" part="status" role="status">${loading}</p>
      ${
        this.loadProblem
          ? html`<p class="load-problem" part="load-problem" role="alert">${this.loadProblem}</p>`
          : nothing
      }
      ${
        this.hasMore && !this.loading
          ? html`<button
              class="secondary load-more"
              part="load-more"
              type="button"
              @click=${() => this.requestMore(true)}
            >
              ${msg('Meer laden', { id: 'ui.list.loadMore' })}
            </button>`
          : nothing
      }
    `;
  }

  override render() {
    const tabStop = this.tabStop();
    const setSize = this.setSize();
    return html`
      <div
        part="list"
        class="list"
        role="list"
        aria-label=${this.label || nothing}
        aria-busy=${this.loading ? 'true' : 'false'}
        tabindex=${this.rowless() ? 0 : nothing}
        @rangeChanged=${this.onRangeChanged}
        @visibilityChanged=${this.onVisibilityChanged}
        @focusin=${this.onFocusIn}
        @keydown=${this.onKeydown}
      >
        ${virtualize({
          items: this.items,
          keyFunction: this.keyFunction,
          // A new function each render, so the rows in view pick up the new tab stop.
          renderItem: (item: T, index: number) => this.renderRow(item, index, tabStop, setSize),
          scroller: true,
          layout: rowLayout({ rowSize: this.rowSize, overhang: this.overhang }),
        })}
      </div>
      ${this.renderFooter()}
    `;
  }
}
