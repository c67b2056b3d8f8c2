import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalClient } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import {
  ConfirmPasswordResetRequest,
  PasswordResetRequest,
} from '../../generated/contract-facts.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import {
  DEFAULT_RULES,
  FormProblems,
  chars,
  checkNewPassword,
  codeOf,
  formStyles,
  formValues,
  isEmail,
  newPasswordValues,
  passwordChangeRefused,
  retryAfterOf,
  usernameProblem,
  waitText,
  type NewPasswordValues,
} from '../../ui/forms/index.js';
import {
  PortalPasswordResetEvent,
  PortalResetClosedEvent,
} from '../../events/password-reset-events.js';
import { styles } from './portal-password-reset.styles.js';
import { takeResetToken } from './reset-token.js';
import {
  renderConfirm,
  renderDone,
  renderRequest,
  renderSent,
  type ResetView,
} from './reset-views.js';
import { safeHref } from '../../ui/safe-href.js';

/** What is shown: ask for a link, the link was asked for, set a password, the password was set. */
export type ResetMode = 'request' | 'sent' | 'confirm' | 'done';

/**
 * @summary A forgotten password (C4): username and e-mail address ask for an e-mail with a link
 * (the same answer whatever the account); opening the page from that link
 * (`#reset-token=…`) reads the token, removes it from the address at once, and asks for the
 * username and a new password. An invalid or expired link says so and offers a new one.
 *
 * @csspart panel - The panel's frame.
 * @csspart summary - The list of problems at the top of a form, with links to the fields.
 * @csspart submit - The button that sends the form.
 * @csspart show-password - The toggle that shows what is typed in the password fields.
 * @csspart back - The button (or, with `sign-in-href`, the link) back to signing in.
 * @csspart new-link - The button that asks for a new link after an invalid one.
 *
 * @event {PortalPasswordResetEvent} portal-password-reset - The new password was set; `detail.username`.
 * @event {PortalResetClosedEvent} portal-reset-closed - The person chose to go back to signing in;
 *   `detail.username`.
 */
export class PortalPasswordReset extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, styles];

  /**
   * On a page of its own: where "Terug naar inloggen" leads (this site, or `https:`). Without it
   * the button fires `portal-reset-closed`; inside `<portal-login>` the sign-in form comes back.
   */
  @property({ attribute: 'sign-in-href' }) signInHref = '';

  /** The username to start with (the sign-in form passes what was typed there). */
  @property() username = '';

  /**
   * The token of a reset link, for a page that took it from its address itself (as
   * `<portal-login>` does); without it the element reads `#reset-token=` from the address.
   */
  @property({ attribute: false }) token: string | undefined;

  @state() private mode: ResetMode = 'request';
  @state() private busy = false;
  @state() private showPassword = false;
  /** The link's token cannot be one the server issued: no form, only "ask for a new link". */
  @state() private linkBroken = false;
  /** The server refused the link: the form stays (the username may be mistyped). */
  @state() private linkRefused = false;

  /** The provider's portal: the SDK client, the session and the selected client. */
  @consume({ context: portalContext, subscribe: true })
  @state()
  private portal: PortalContextValue | undefined;
  private readonly problems = new FormProblems();
  private email = '';
  private passwords: NewPasswordValues = { newPassword: '', repeat: '' };
  private focusTarget: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = takeResetToken() ?? this.token;
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Moves focus to the heading of what is shown (when it replaces the sign-in form). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.focusOn('heading');
  }

  protected override render(): TemplateResult {
    const view: ResetView = {
      username: this.username,
      email: this.email,
      passwords: this.passwords,
      problems: this.problems,
      busy: this.busy,
      showPassword: this.showPassword,
      linkBroken: this.linkBroken,
      linkRefused: this.linkRefused,
      focusField: (id) => this.focusOn(id),
      setUsername: (v) => (this.username = v),
      setEmail: (v) => (this.email = v),
      setPassword: (field, v) => (this.passwords = { ...this.passwords, [field]: v }),
      toggleShowPassword: () => (this.showPassword = !this.showPassword),
      requestLink: this.requestLink,
      confirm: this.confirm,
      askNewLink: () => this.show('request'),
      signInHref: safeHref(this.signInHref),
      back: () => this.dispatchEvent(new PortalResetClosedEvent(this.username.trim())),
    };
    const content = {
      request: renderRequest,
      sent: renderSent,
      confirm: renderConfirm,
      done: renderDone,
    }[this.mode](view);
    return html`<section class="panel" part="panel" aria-labelledby="heading">${content}</section>`;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target) this.focusOn(target);
  }

  private focusOn(id: string): void {
    const el = this.renderRoot.querySelector(`#${id}`);
    if (el instanceof HTMLElement) el.focus();
  }

  /** Shows another mode with its heading focused; problems belong to the mode they came from. */
  private show(mode: ResetMode): void {
    this.problems.clear();
    this.mode = mode;
    this.focusTarget = 'heading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') && this.token !== undefined) this.useToken(this.token);
  }

  /** Asks for a new password with a link's token; one that cannot be valid is refused at once. */
  private useToken(token: string): void {
    const count = chars(token);
    const { minLength, maxLength } = ConfirmPasswordResetRequest.token;
    this.linkBroken = count < minLength || count > maxLength;
    this.linkRefused = false;
    this.problems.clear();
    this.mode = 'confirm';
    // A link opened while the page was open: its form replaces what was shown.
    if (this.hasUpdated) this.focusTarget = 'heading';
  }

  private readonly onHashChange = (): void => {
    this.token = takeResetToken() ?? this.token;
  };

  /** Runs one request at a time with the provider's client. */
  private async run(
    request: (client: PortalClient) => Promise<void>,
    onError: (error: unknown) => void,
  ): Promise<boolean> {
    const client = this.portal?.client;
    if (this.busy) return false;
    this.busy = true;
    try {
      if (!client) throw new Error('No <portal-provider> around <portal-password-reset>');
      await request(client);
      return true;
    } catch (error) {
      onError(error);
      this.focusTarget = 'summary';
      return false;
    } finally {
      this.busy = false;
    }
  }

  private failed(): void {
    this.focusTarget = 'summary';
    this.requestUpdate();
  }

  private readonly requestLink = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const values = formValues(event.currentTarget as HTMLFormElement);
    this.username = values.username ?? this.username;
    this.email = values.email ?? this.email;
    const username = this.username.trim();
    const email = this.email.trim();
    const { problems } = this;
    problems.clear();
    problems.set('username', usernameProblem(username));
    problems.set('email', this.emailProblem(email));
    if (problems.any) return this.failed();
    const sent = await this.run(
      (client) => client.requestPasswordReset(username, email),
      (error) => problems.add(this.requestProblem(error)),
    );
    if (sent) this.show('sent');
  };

  private emailProblem(email: string): string | undefined {
    if (email.length === 0)
      return msg('Vul uw e-mailadres in.', { id: 'reset.error.emailMissing' });
    const count = chars(email);
    const max = PasswordResetRequest.email.maxLength;
    if (count > max)
      return msg(
        str`Een e-mailadres heeft hoogstens ${max} tekens. U heeft er ${count} ingevuld.`,
        { id: 'reset.error.emailTooLong' },
      );
    if (!isEmail(email))
      return msg('Vul een e-mailadres in zoals naam@voorbeeld.nl.', {
        id: 'reset.error.emailInvalid',
      });
    return undefined;
  }

  private requestProblem(error: unknown): string {
    const wait = retryAfterOf(error);
    if (codeOf(error) === 'too_many_requests' && wait)
      return msg(
        str`U heeft al een paar keer een link gevraagd. Kijk of de e-mail er al is, of vraag over ${waitText(wait)} een nieuwe link aan.`,
        { id: 'reset.error.tooOften' },
      );
    return problemMessage(error);
  }

  private readonly confirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy || this.token === undefined) return;
    const values = formValues(event.currentTarget as HTMLFormElement);
    this.username = values.username ?? this.username;
    this.passwords = newPasswordValues(values, this.passwords);
    const username = this.username.trim();
    const { problems, token } = this;
    problems.clear();
    this.linkRefused = false;
    problems.set('username', usernameProblem(username));
    checkNewPassword(this.passwords, DEFAULT_RULES, problems);
    if (problems.any) return this.failed();
    this.showPassword = false;
    const done = await this.run(
      (client) => client.confirmPasswordReset(token, username, this.passwords.newPassword),
      (error) => this.refused(error),
    );
    if (!done) return;
    this.token = undefined;
    this.passwords = { newPassword: '', repeat: '' };
    this.show('done');
    this.dispatchEvent(new PortalPasswordResetEvent(username));
  };

  private refused(error: unknown): void {
    const code = codeOf(error);
    if (code === 'reset_token_invalid') {
      this.linkRefused = true;
      this.problems.add(
        msg(
          'Deze link werkt niet (meer), of de gebruikersnaam hoort niet bij deze link. Controleer uw gebruikersnaam. Werkt het dan nog niet, vraag dan een nieuwe link aan: een link werkt een uur en maar één keer.',
          { id: 'reset.error.linkRefused' },
        ),
      );
    } else {
      const typed = this.passwords.newPassword;
      passwordChangeRefused(error, this.problems, { rules: DEFAULT_RULES, typed });
    }
  }
}
