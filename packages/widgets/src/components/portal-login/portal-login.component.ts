import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PortalElement } from '../../internal/portal-element.js';
import { unreachableView } from '../../controllers/data-views.js';
import type { PortalPasswordReset } from '../portal-password-reset/portal-password-reset.component.js';
import type { PortalResetClosedEvent } from '../../events/password-reset-events.js';
import { takeResetToken } from '../portal-password-reset/reset-token.js';
import { LazySteps } from './lazy-steps.js';
import { LoginCore, type LoginStep } from './login-core.js';
import { formStyles } from './portal-login.styles.js';
import { PasswordStep } from './steps/password-step.js';

/** The forgotten-password panel, loaded when it is first needed. */
const loadReset = () => import('../portal-password-reset/portal-password-reset.js');
const loadCodeStep = () => import('./steps/code-step.js');
const prefetchCodeStep = () => void loadCodeStep().catch(() => undefined);

/** What the element shows: nothing, a step of the sign-in, or the forgotten-password panel. */
type View = 'hidden' | 'reset' | string;

/**
 * @summary Signing in, one step at a time as the server asks: username and password (C1), the
 * SMS code at every sign-in (P1) or on a new device (C2, the organisation's policy from the
 * server), a new password and the terms of use at the first sign-in (C3, P2), and pending
 * invitations (C5). "Wachtwoord vergeten?" shows `<portal-password-reset>` in its place (C4), and
 * so does opening the page from a reset e-mail's link. Focus moves to each new step's heading;
 * once signed in here it says "U bent ingelogd." and focus goes to that message, or to the element
 * `focus-after-sign-in` names (the provider fires `portal-signed-in`). When the portal
 * cannot be reached, it says so with "Opnieuw proberen" (and the provider's `phone`), and shows
 * the sign-in by itself once the portal answers again.
 *
 * @csspart panel - The panel's frame.
 * @csspart signed-in - "U bent ingelogd.", shown in place of the form after signing in here.
 * @csspart notice - Why signing in starts over (it took too long).
 * @csspart summary - The list of problems at the top of a form, with links to the fields.
 * @csspart submit - The button that sends a step's form.
 * @csspart show-password - The toggle that shows what is typed in the password fields.
 * @csspart forgot-password - The "Wachtwoord vergeten?" button.
 * @csspart request-code - The "SMS-inlogcode aanvragen" button.
 * @csspart sent-to - Where the SMS went and the code's first digits.
 * @csspart code - The field for the SMS code (a `portal-code-input`).
 * @csspart trust - The "Dit apparaat onthouden" checkbox.
 * @csspart resend - The "Stuur een nieuwe code" button with its explanation.
 * @csspart terms - The scrollable terms of use.
 * @csspart accept - The checkbox that accepts the terms.
 * @csspart invitations - The list of invitations.
 * @csspart invitation - One invitation.
 * @csspart loading - Progress while the terms or invitations load.
 * @csspart error - A failure to load the terms or invitations, or the portal that cannot be reached, with a retry.
 * @csspart retry - The "Opnieuw proberen" button.
 * @csspart phone - The organisation's phone number while the portal cannot be reached.
 *
 * @cssproperty --portal-color-danger - The colour of problems and their summary.
 * @cssproperty --portal-color-primary - The colour of buttons and links.
 */
export class PortalLogin extends PortalElement {
  static override styles = [PortalElement.styles, formStyles];

  private readonly core: LoginCore = new LoginCore(this, () => this.forgetAll());

  private readonly steps: Record<string, LoginStep> = {
    password: new PasswordStep(this.core, () => this.openReset()),
  };

  // The code step comes right after the password, so it is fetched while the password is typed
  // (see connectedCallback); the others load when the server first asks for them.
  private readonly lazySteps = new LazySteps(this.core, {
    code: async (core) => new (await loadCodeStep()).CodeStep(core),
    'password-change': async (core) =>
      new (await import('./steps/password-change-step.js')).PasswordChangeStep(core),
    terms: async (core) => new (await import('./steps/terms-step.js')).TermsStep(core),
    invitations: async (core) =>
      new (await import('./steps/invitations-step.js')).InvitationsStep(core),
  });

  /** Whether the forgotten-password panel is shown instead of the sign-in. */
  @state() private resetting = false;

  /** The username the forgotten-password panel starts with (what was typed when it opened). */
  private resetUsername = '';

  /** The token of the reset link the page was opened with, handed to the panel. */
  private resetToken: string | undefined;

  /**
   * Where focus goes after signing in here: a CSS selector of an element in the host page (e.g.
   * the portal's heading, `#mijn-portaal`). Without it, or when nothing matches, focus goes to the
   * "U bent ingelogd." message this element shows in place of the form.
   */
  @property({ attribute: 'focus-after-sign-in' }) focusAfterSignIn = '';

  /** "Opnieuw proberen" was used while unreachable: focus goes to the sign-in once it shows. */
  private retried = false;

  /** The view shown after the last render. */
  private shown: View = 'hidden';

  /** Forgets what was typed in every step (the sign-in ended). */
  private forgetAll(): void {
    [...Object.values(this.steps), ...this.lazySteps.loaded()].forEach((s) => s.forget());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched while the person types, used after the password: nothing extra before the form.
    this.addEventListener('input', prefetchCodeStep, { once: true });
    this.followResetLink();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The step the server asks for, or none. */
  private step(): LoginStep | undefined {
    const state = this.core.portal?.state;
    if (!state || state.status === 'unknown' || state.status === 'signed-in') return undefined;
    if (state.status === 'signed-out') return this.steps.password;
    const name = state.signIn?.step ?? 'password';
    if (this.lazySteps.has(name)) return this.lazySteps.get(name);
    return this.steps[name] ?? this.steps.password;
  }

  private view(): View {
    if (this.resetting) return 'reset';
    return this.step()?.key() ?? 'hidden';
  }

  protected override render() {
    // A reset link is followed whoever is signed in, at once (it reads and hides the token).
    if (this.resetting) {
      return html`<portal-password-reset
        .username=${this.resetUsername}
        .token=${this.resetToken}
        @portal-reset-closed=${this.closeReset}
      ></portal-password-reset>`;
    }
    if (this.core.portal?.state.status === 'signed-in') return this.renderSignedIn();
    const step = this.step();
    if (!step) return this.renderUnreachable();
    // Named by the step's heading; a step still loading has none yet.
    const label = step.key() === 'loading' ? undefined : 'heading';
    return html`<section class="panel" part="panel" aria-labelledby=${ifDefined(label)}>
      ${step.render()}
    </section>`;
  }

  /**
   * After signing in here: "U bent ingelogd." in the element (a status, so it is read out), where
   * focus goes so the next Tab leads on to the panels after it, unless `focus-after-sign-in` names
   * a place in the host page.
   */
  private renderSignedIn() {
    if (!this.core.signedInHere) return nothing;
    return html`<p class="signed-in" part="signed-in" id="signed-in" role="status" tabindex="-1">
      ${msg('U bent ingelogd.', { id: 'login.signedIn' })}
    </p>`;
  }

  /** Before the first answer about the session: nothing, or why the sign-in cannot start now. */
  private renderUnreachable() {
    const portal = this.core.portal;
    if (!portal?.unreachable || portal.state.status !== 'unknown') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="heading">
      <h2 class="title" id="heading">${msg('Inloggen', { id: 'login.password.heading' })}</h2>
      ${unreachableView(() => {
        this.retried = true;
        portal.reconnect?.();
      }, portal.phone)}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view();
    const before = this.shown;
    this.shown = view;
    // A new step after the user's own action; not when the page opens or someone signs out.
    if (view !== 'hidden' && this.retried) {
      this.retried = false;
      this.core.focusField('heading');
    } else if (view !== before && before !== 'hidden' && view !== 'hidden') {
      if (view === 'reset') void this.focusResetPanel();
      else this.core.focusField('heading');
    }
    this.core.flushFocus(this.focusAfterSignIn);
  }

  private async focusResetPanel(): Promise<void> {
    await customElements.whenDefined('portal-password-reset');
    await this.renderRoot
      .querySelector<PortalPasswordReset>('portal-password-reset')
      ?.focusHeading();
  }

  private openReset(): void {
    this.resetUsername = this.core.username.trim();
    this.resetting = true;
    void loadReset();
  }

  /**
   * Takes a reset link's token from the address at once (it must not linger there while the
   * panel loads) and shows the panel with it.
   */
  private followResetLink(): void {
    const token = takeResetToken();
    if (token === undefined) return;
    this.resetToken = token;
    this.resetting = true;
    void loadReset();
  }

  private readonly closeReset = (event: PortalResetClosedEvent): void => {
    if (event.detail.username) this.core.username = event.detail.username;
    this.resetting = false;
  };

  /** A reset link opened while the page is open (same page, new fragment). */
  private readonly onHashChange = (): void => this.followResetLink();
}
