import { ContextConsumer } from '@lit/context';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SessionState, SignInFlow, SignInState } from '@clientportal/sdk';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import { deepActiveElement } from '../../ui/focus.js';
import { codeOf } from './login-messages.js';

/** The element the steps render into. */
export type LoginHost = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/** Where focus goes after the next render: the heading, the summary, or an element's id. */
export type FocusTarget = 'heading' | 'summary' | (string & {});

/** One step of the sign-in as the element shows it. */
export interface LoginStep {
  /** The view shown; when it changes, focus moves to the new view's heading. */
  key(): string;
  /** The step's content: its heading, summary and form. */
  render(): TemplateResult;
  /** Forgets what was typed and what went wrong (the sign-in ended). */
  forget(): void;
}

/**
 * What the steps share: the provider's session and sign-in flow, one request at a time, the
 * username typed at the start, whether passwords are shown, and where focus goes next.
 */
export class LoginCore {
  /** The provider's context, once found. */
  portal: PortalContextValue | undefined;
  /** Whether a request is under way (a second submit is ignored meanwhile). */
  busy = false;
  /** The username typed at the first step, kept through the sign-in and for a reset. */
  username = '';
  /** Whether the password fields show what is typed. */
  showPassword = false;
  /** A message for the next password step that belongs to no field (the sign-in ran out). */
  notice = '';
  /** The sign-in finished in this element (it then says so, and focus goes there). */
  signedInHere = false;
  private focusTarget: FocusTarget | undefined;
  private lastStatus: SessionState['status'] | undefined;

  /** `onEnd` is called when the sign-in ends: signed in, or back to the start. */
  constructor(
    readonly host: LoginHost,
    private readonly onEnd: () => void,
  ) {
    new ContextConsumer(host, {
      context: portalContext,
      subscribe: true,
      callback: (value) => this.receive(value),
    });
  }

  /** The sign-in flow of the provider's client. */
  get flow(): SignInFlow | undefined {
    return this.portal?.client.signIn;
  }

  /** The current sign-in step, while signing in. */
  get signIn(): SignInState | undefined {
    const state = this.portal?.state;
    return state?.status === 'signing-in' ? state.signIn : undefined;
  }

  /** Re-renders the element. */
  update(): void {
    this.host.requestUpdate();
  }

  /**
   * Runs one request of the flow, unless one is under way; `onError` gets its failure. Resolves
   * whether it succeeded. A step the server no longer expects makes the session state current.
   */
  async run(
    request: (flow: SignInFlow) => Promise<unknown>,
    onError: (error: unknown) => void,
  ): Promise<boolean> {
    const flow = this.flow;
    if (this.busy) return false;
    this.busy = true;
    this.update();
    try {
      if (!flow) throw new Error('No <portal-provider> around <portal-login>');
      await request(flow);
      return true;
    } catch (error) {
      onError(error);
      if (codeOf(error) === 'step_out_of_order')
        void this.portal?.client.session.refresh().catch(() => undefined);
      return false;
    } finally {
      this.busy = false;
      this.update();
    }
  }

  /** Moves focus to `target` once the element has rendered. */
  focusAfterUpdate(target: FocusTarget): void {
    this.focusTarget = target;
    this.update();
  }

  /**
   * Called by the element after it rendered: moves focus where it was asked to go. After signing
   * in, that is the host page's element `afterSignIn` selects, when there is one.
   */
  flushFocus(afterSignIn = ''): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'signed-in' && afterSignIn && this.focusInPage(afterSignIn)) return;
    if (target) this.focusField(target);
  }

  private focusInPage(selector: string): boolean {
    let el: Element | null = null;
    try {
      el = this.host.ownerDocument.querySelector(selector);
    } catch {
      return false;
    }
    if (!(el instanceof HTMLElement)) return false;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
    return true;
  }

  /** Moves focus to an element of the step by its id (`heading` and `summary` are ids too). */
  focusField(id: string): void {
    const el = (this.host.renderRoot as ShadowRoot).getElementById?.(id);
    if (el instanceof HTMLElement) el.focus();
  }

  /** The notice above the first step, if any. */
  renderNotice(): TemplateResult | typeof nothing {
    return this.notice
      ? html`<p class="notice" part="notice" role="status">${this.notice}</p>`
      : nothing;
  }

  /** Whether focus is in this element or nowhere: then moving it steals it from nobody. */
  private focusWasHere(): boolean {
    const active = deepActiveElement(this.host.ownerDocument);
    if (!active || active === this.host.ownerDocument.body) return true;
    // :focus-within sees into every shadow root inside the element (the code field's own).
    return this.host.matches(':focus-within');
  }

  private receive(value: PortalContextValue | undefined): void {
    this.portal = value;
    const before = this.lastStatus;
    const now = value?.state.status;
    this.lastStatus = now;
    if (now !== before && before !== undefined) this.changed(before, value!.state);
    this.update();
  }

  private changed(before: SessionState['status'], state: SessionState): void {
    if (state.status === 'signed-in' && (before === 'signing-in' || before === 'signed-out')) {
      // On a shared computer the next person must not find this one's username.
      this.username = '';
      this.showPassword = false;
      this.onEnd();
      // Said and focused inside the element (see PortalLogin.renderSignedIn), never in the host page.
      this.signedInHere = true;
      if (this.focusWasHere()) this.focusAfterUpdate('signed-in');
    } else if (state.status === 'signed-out') {
      this.signedInHere = false;
    }
    if (state.status === 'signed-out' && before === 'signing-in') {
      this.onEnd();
      if (state.reason === 'expired') this.notice = problemMessage({ code: 'session_expired' });
    }
  }
}
