import { localized, msg } from '@lit/localize';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PortalElement } from '../../internal/portal-element.js';
import { deepActiveElement, tabbables } from '../focus.js';
import { lockScroll, unlockScroll } from '../scroll-lock.js';
import { styles } from './portal-dialog.styles.js';
import { PortalDialogCloseEvent } from '../../events/dialog-events.js';
export {
  type PortalDialogCloseDetail,
  PortalDialogCloseEvent,
} from '../../events/dialog-events.js';

/** How a dialog was closed, one list for the type, the docs and the tests. */
export const DIALOG_CLOSE_REASONS = ['escape', 'close-button', 'method'] as const;

/** How a dialog was closed: Esc, its own close button, or `close()` / `open = false`. */
export type DialogCloseReason = (typeof DIALOG_CLOSE_REASONS)[number];

/**
 * @summary An accessible modal dialog on the native `<dialog>`: labelled by its heading, focus
 * kept inside, Esc closes, focus returns to where it was, the page behind does not scroll.
 *
 * @slot - The content of the dialog.
 * @slot actions - Buttons below the content, e.g. "Opslaan" and "Annuleren".
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The row with the heading and the close button.
 * @csspart heading - The heading that names the dialog.
 * @csspart close-button - The button that closes the dialog.
 * @csspart body - The scrollable area around the content.
 * @csspart footer - The area around the actions.
 *
 * @cssproperty --portal-dialog-width - The largest width of the dialog (default 36rem).
 * @cssproperty --portal-dialog-backdrop - The colour over the page behind the dialog.
 *
 * @event {PortalDialogCloseEvent} portal-dialog-close - The dialog has closed; `detail` is `{ reason, returnValue }`.
 */
@localized()
export class PortalDialog extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  /** Whether the dialog is shown; setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The heading of the dialog, which is also its accessible name. */
  @property() heading = '';

  /**
   * A selector for the element in the content that gets focus on opening; otherwise an element
   * with `autofocus`, then the first control in the content, then the close button.
   */
  @property({ attribute: 'initial-focus' }) initialFocus = '';

  /** The value given to the last `close(returnValue)`. */
  returnValue = '';

  @state() private hasActions = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  @query('.close') private closeButton!: HTMLButtonElement;

  private closeReason: DialogCloseReason | undefined;

  private returnFocusTo: HTMLElement | null = null;

  private scrollLocked = false;

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; `returnValue` is passed on in `portal-dialog-close`. */
  close(returnValue = ''): void {
    this.closeWith('method', returnValue);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseScroll();
  }

  protected override willUpdate(): void {
    // slotchange comes after the first render; opening may not wait for it.
    if (!this.hasUpdated) this.hasActions = !!this.querySelector(':scope > [slot="actions"]');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.openDialog();
    else if (!this.open && this.dialog.open) this.closeWith(this.closeReason ?? 'method');
  }

  private openDialog(): void {
    this.returnFocusTo = deepActiveElement(this.ownerDocument);
    this.closeReason = undefined;
    this.returnValue = '';
    if (!this.scrollLocked) lockScroll(this.ownerDocument);
    this.scrollLocked = true;
    this.dialog.showModal();
    this.focusFirst();
  }

  private focusFirst(): void {
    const chosen = this.initialFocus ? this.querySelector<HTMLElement>(this.initialFocus) : null;
    const auto = this.querySelector<HTMLElement>('[autofocus]');
    const target = chosen ?? auto ?? this.firstTabbable('.body') ?? this.firstTabbable('.footer');
    (target ?? this.closeButton).focus();
  }

  private firstTabbable(selector: string): HTMLElement | undefined {
    const area = this.renderRoot.querySelector(selector);
    return area ? tabbables(area)[0] : undefined;
  }

  private closeWith(reason: DialogCloseReason, returnValue = ''): void {
    if (!this.dialog?.open) return;
    this.closeReason = reason;
    this.dialog.close(returnValue);
  }

  private releaseScroll(): void {
    if (this.scrollLocked) unlockScroll(this.ownerDocument);
    this.scrollLocked = false;
  }

  private onCancel(): void {
    this.closeReason = 'escape';
  }

  /** The native `close` event: comes after every way of closing, so the clean-up lives here. */
  private onClose(): void {
    // Chromium may close on Esc without a `cancel` event (no user activation since the last one).
    const reason = this.closeReason ?? 'escape';
    this.returnValue = this.dialog.returnValue;
    this.closeReason = undefined;
    this.open = false;
    this.releaseScroll();
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) target.focus();
    this.dispatchEvent(new PortalDialogCloseEvent({ reason, returnValue: this.returnValue }));
  }

  private onActionsChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot.assignedNodes({ flatten: true }).length > 0;
  }

  /** A modal `<dialog>` lets Tab leave for the browser's own controls; keep it inside. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = tabbables(this.dialog);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const active = deepActiveElement(this.ownerDocument);
    const onDialog = active === null || active === this.dialog;
    if (event.shiftKey && (active === first || onDialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || onDialog)) {
      event.preventDefault();
      first.focus();
    }
  }

  override render() {
    return html`
      <dialog
        part="dialog"
        aria-labelledby="heading"
        @cancel=${this.onCancel}
        @close=${this.onClose}
        @keydown=${this.onKeydown}
      >
        <div class="header" part="header">
          <h2 id="heading" part="heading">${this.heading}</h2>
          <button
            class="secondary close"
            part="close-button"
            type="button"
            @click=${() => this.closeWith('close-button')}
          >
            <span aria-hidden="true" class="icon">✕</span>
            <span>${msg('Sluiten', { id: 'ui.dialog.close' })}</span>
          </button>
        </div>
        <div class="body" part="body"><slot></slot></div>
        <div class="footer" part="footer" ?hidden=${!this.hasActions}>
          <slot name="actions" @slotchange=${this.onActionsChange}></slot>
        </div>
      </dialog>
    `;
  }
}
