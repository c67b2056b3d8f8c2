import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { IdleWarningDetail, SessionState, SessionStore } from '@clientportal/sdk';
import { ApiError } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import { announce } from '../../ui/live-region.js';
import type {
  PortalDialog,
  PortalDialogCloseEvent,
} from '../../ui/dialog/portal-dialog.component.js';
import { loadDialog, preloadDialog } from '../../ui/dialog/load-dialog.js';
import { endedText, spokenStep, warningText } from './session-texts.js';
import { styles } from './portal-session-guard.styles.js';

/** What the dialog shows: nothing, the idle warning, or why the session ended. */
type View = 'none' | 'warning' | 'ended';

/** The dialog's return value when the person signed out from it. */
const SIGNED_OUT_HERE = 'signed-out';

/** A session that ended without the person choosing it. */
type Involuntary = 'idle' | 'expired';

const involuntary = (state: SessionState | undefined): Involuntary | undefined =>
  state?.status === 'signed-out' && (state.reason === 'idle' || state.reason === 'expired')
    ? state.reason
    : undefined;

/**
 * @summary Ends sessions safely (X8). Before the automatic sign-out for inactivity, a dialog
 * warns with a countdown ("U wordt over 2 minuten automatisch uitgelogd"), spoken to screen
 * readers at the start, every whole minute, and at 30 and 10 seconds; "Ingelogd blijven" keeps
 * the session (so does closing the warning), "Nu uitloggen" ends it (and says "U bent
 * uitgelogd." where this element stands, with focus there). The warning closes by
 * itself when the person is active elsewhere on the page. When the session ends anyway (for
 * inactivity, or the server ended it: any call answered 401), every panel clears and this
 * element says why, in a dialog and in a notice where it stands, until someone signs in again.
 * What the person was typing stays in the provider's drafts for when they sign in again.
 * Put one inside `<portal-provider>`, near the sign-in panel; set the warning's lead time with
 * the provider's `idle-warning-seconds`.
 *
 * @csspart notice - Why the session ended, or that it was ended here; until the next sign-in.
 * @csspart dialog - The dialog of the warning and of the end.
 * @csspart countdown - The time left in the warning.
 * @csspart stay - The button that keeps the session.
 * @csspart sign-out - The button that signs out at once.
 * @csspart message - Why the session ended, in the dialog.
 */
export class PortalSessionGuard extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  /** The provider's portal: the SDK client, the session and the selected client. */
  @consume({ context: portalContext, subscribe: true })
  @state()
  private portal: PortalContextValue | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('portal')) this.follow(this.portal);
  }

  @state() private view: View = 'none';
  @state() private secondsLeft = 0;
  /** Why the last signed-in session ended, until someone signs in again. */
  @state() private ended: Involuntary | undefined;
  /** Signed out with "Nu uitloggen", until someone signs in again. */
  @state() private signedOutHere = false;
  /** Why keeping the session failed, shown in the warning. */
  @state() private problem: string | undefined;

  @query('portal-dialog') private dialog!: PortalDialog;

  private store: SessionStore | undefined;
  private lastStatus: SessionState['status'] | undefined;
  private expiresAt = 0;
  private preload: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private spoken = '';
  private busy = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.preload);
    this.listen(undefined);
    this.stopTicker();
  }

  protected override render() {
    const { ended } = this;
    const drafts = (this.portal?.drafts.size ?? 0) > 0;
    // The live region of the countdown sits inside the modal dialog: while it is open, everything
    // outside it is hidden from screen readers. `announce()` finds it by its data attribute.
    const notice = ended
      ? endedText(ended, drafts)
      : this.signedOutHere
        ? msg('U bent uitgelogd.', { id: 'session.signedOut' })
        : undefined;
    return html`${
        notice ? html`<p class="notice" part="notice" tabindex="-1">${notice}</p>` : nothing
      }
      <portal-dialog
        part="dialog"
        heading=${
          this.view === 'ended'
            ? msg('U bent uitgelogd', { id: 'session.ended.heading' })
            : msg('U wordt bijna uitgelogd', { id: 'session.warning.heading' })
        }
        initial-focus=${this.view === 'ended' ? '[data-message]' : '[data-stay]'}
        @portal-dialog-close=${this.onDialogClose}
      >
        <div
          class="visually-hidden"
          data-portal-live="polite"
          role="status"
          aria-live="polite"
          aria-atomic="true"
        ></div>
        ${this.view === 'ended' && ended ? this.renderEnded(ended, drafts) : this.renderWarning()}
      </portal-dialog>`;
  }

  private renderWarning() {
    return html`<p class="countdown" part="countdown">${warningText(this.secondsLeft)}</p>
      <p>
        ${msg('Dat gebeurt omdat u een tijd niets heeft gedaan.', { id: 'session.warning.why' })}
      </p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <button slot="actions" class="primary" part="stay" data-stay @click=${this.stay}>
        ${msg('Ingelogd blijven', { id: 'session.stay' })}
      </button>
      <button slot="actions" class="secondary" part="sign-out" @click=${this.signOutNow}>
        ${msg('Nu uitloggen', { id: 'session.signOut' })}
      </button>`;
  }

  private renderEnded(reason: Involuntary, drafts: boolean) {
    return html`<p class="ended" part="message" data-message tabindex="-1">
      ${endedText(reason, drafts)}
    </p>`;
  }

  /** Follows the provider: its session store's events, and the end of a session. */
  private follow(value: PortalContextValue | undefined): void {
    this.listen(value?.client.session);
    const before = this.lastStatus;
    const now = value?.state.status;
    this.lastStatus = now;
    if (now === 'signed-in') {
      // The warning's dialog comes when half the idle time has passed, well before it is needed
      // (and at once if the warning is sooner): not with the sign-in.
      if (before !== 'signed-in') {
        const idleMs = (value?.state.session?.idleTimeoutSeconds ?? 0) * 1000;
        clearTimeout(this.preload);
        this.preload = setTimeout(preloadDialog, idleMs / 2);
      }
      this.ended = undefined;
      this.signedOutHere = false;
      if (this.view === 'ended') this.closeDialog();
    }
    if (before !== 'signed-in' || now === 'signed-in') return;
    // A sign-in that runs out before it is finished is the sign-in panel's to tell.
    const reason = involuntary(value?.state);
    if (reason) void this.showEnded(reason);
    else this.closeDialog();
  }

  private listen(store: SessionStore | undefined): void {
    if (store === this.store) return;
    this.store?.removeEventListener('idle-warning', this.onWarning);
    this.store?.removeEventListener('idle-reset', this.onReset);
    this.store = store;
    store?.addEventListener('idle-warning', this.onWarning);
    store?.addEventListener('idle-reset', this.onReset);
  }

  private readonly onWarning = (event: CustomEvent<IdleWarningDetail>): void => {
    this.expiresAt = event.detail.expiresAt;
    this.problem = undefined;
    void this.showWarning();
  };

  private readonly onReset = (): void => {
    if (this.view === 'warning') this.closeDialog();
  };

  private async showWarning(): Promise<void> {
    this.view = 'warning';
    this.spoken = '';
    this.tick();
    this.stopTicker();
    this.ticker = setInterval(() => this.tick(), 1000);
    if (!(await this.dialogLoaded())) return;
    await this.updateComplete;
    if (this.view !== 'warning') return;
    if (!this.dialog.open) this.dialog.show();
    this.speak();
  }

  private tick(): void {
    this.secondsLeft = Math.max(0, Math.ceil((this.expiresAt - Date.now()) / 1000));
    if (this.dialog?.open) this.speak();
  }

  /** Speaks the time left when it reached the next step (not every second). */
  private speak(): void {
    const step = spokenStep(this.secondsLeft);
    if (step === this.spoken || this.secondsLeft <= 0) return;
    this.spoken = step;
    void announce(this, warningText(this.secondsLeft));
  }

  private async showEnded(reason: Involuntary): Promise<void> {
    this.stopTicker();
    this.ended = reason;
    this.view = 'ended';
    if (!(await this.dialogLoaded())) return;
    await this.updateComplete;
    if (this.view !== 'ended') return;
    // The warning's buttons are gone: the message takes the focus, as on opening.
    if (this.dialog.open) this.renderRoot.querySelector<HTMLElement>('[data-message]')?.focus();
    else this.dialog.show();
  }

  /**
   * Whether the dialog's code is there. When it cannot be fetched (offline) the message is still
   * said through the live region, and the next warning or end tries again.
   */
  private async dialogLoaded(): Promise<boolean> {
    try {
      await loadDialog();
      return true;
    } catch {
      void announce(
        this,
        this.view === 'warning'
          ? warningText(this.secondsLeft)
          : endedText(this.ended ?? 'expired', false),
      );
      return false;
    }
  }

  private closeDialog(): void {
    this.stopTicker();
    this.view = 'none';
    // Before the dialog's code has come, there is nothing open to close.
    this.dialog?.close?.();
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private async stay(): Promise<void> {
    const store = this.store;
    if (!store || this.busy) return;
    this.busy = true;
    this.problem = undefined;
    try {
      await store.keepAlive();
      if (this.view === 'warning') this.closeDialog();
    } catch (error) {
      // A 401 ended the session in the store, and `follow` shows why; anything else is told here.
      const signedIn = store.getState().status === 'signed-in';
      if (signedIn && !(error instanceof ApiError && error.status === 401)) {
        this.problem = problemMessage(error);
        if (this.view !== 'warning') void this.showWarning();
      }
    } finally {
      this.busy = false;
    }
  }

  private async signOutNow(): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.stopTicker();
    this.view = 'none';
    // The notice takes focus once the dialog has closed (see onDialogClose).
    this.dialog.close(SIGNED_OUT_HERE);
    this.signedOutHere = true;
    // The store forgets the person first; an unreachable server still leaves the page signed out.
    await store.signOut().catch(() => undefined);
  }

  /** The person closed the dialog (Esc, its close button, or "Nu uitloggen"). */
  private onDialogClose(event: PortalDialogCloseEvent): void {
    if (event.target !== this.dialog) return;
    if (event.detail.returnValue === SIGNED_OUT_HERE) return void this.focusNotice();
    if (event.detail.reason === 'method') return;
    if (this.view === 'warning') {
      // Closing the warning is an answer too: the person is here, so the session stays.
      this.view = 'none';
      this.stopTicker();
      void this.stay();
    } else if (this.view === 'ended') {
      this.view = 'none';
      void this.focusNotice();
    }
  }

  /** Where focus was before is gone with the panels; the notice says what happened. */
  private async focusNotice(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')?.focus();
  }
}
