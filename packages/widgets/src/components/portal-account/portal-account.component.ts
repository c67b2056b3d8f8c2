import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import { LIVE_REGION_ATTRIBUTE, announce } from '../../ui/live-region.js';
import {
  CURRENT_PASSWORD_ID,
  DEFAULT_RULES,
  FormProblems,
  checkNewPassword,
  currentPasswordField,
  currentPasswordProblem,
  errorSummary,
  focusById,
  formStyles,
  newPasswordFields,
  passwordChangeRefused,
  showPasswordToggle,
  submitRow,
  usernameForManagers,
  type NewPasswordValues,
} from '../../ui/forms/index.js';
import { styles } from './portal-account.styles.js';

const EMPTY: NewPasswordValues = { newPassword: '', repeat: '' };

/**
 * @summary The signed-in person's account (P3): who is signed in (name and username) and a form
 * to change the password at any time. The rules (the contract's lengths, nothing else) are
 * shown before typing, as the hint of the new password; problems appear next to each field and in a summary that gets focus; what was
 * typed stays after a problem. The server signs the person out everywhere else on success.
 * Shown only while someone is signed in. Passwords are never kept as drafts.
 *
 * @csspart panel - The panel's frame.
 * @csspart who - The name and username of the signed-in person.
 * @csspart form - The password form.
 * @csspart summary - The summary of problems after a refused attempt.
 * @csspart done - The confirmation after a change.
 * @csspart submit - The button that changes the password.
 * @csspart busy - The line that says the change is being made.
 * @csspart show-password - The toggle that shows what is typed in the password fields.
 */
export class PortalAccount extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, styles];

  /** The provider's portal: the SDK client, the session and the selected client. */
  @consume({ context: portalContext, subscribe: true })
  @state()
  private portal: PortalContextValue | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('portal')) this.follow(this.portal);
  }

  @state() private current = '';
  @state() private values: NewPasswordValues = { ...EMPTY };
  @state() private shown = false;
  @state() private busy = false;
  @state() private done = false;
  private readonly problems = new FormProblems();

  /** Set when a refused submit should move focus to the summary once it is rendered. */
  private focusSummary = false;
  /** The signed-in person the form belongs to. */
  private user: string | undefined;

  protected override render() {
    const session = this.portal?.state.session;
    if (this.portal?.state.status !== 'signed-in' || !session) return nothing;
    const { user } = session;
    const { problems } = this;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn account', { id: 'account.title' })}</h2>
      <dl class="who" part="who">
        <dt>${msg('Naam', { id: 'account.name' })}</dt>
        <dd>${user.name}</dd>
        <dt>${msg('Gebruikersnaam', { id: 'account.username' })}</dt>
        <dd>${user.username}</dd>
      </dl>
      <h3 id="password-title">${msg('Wachtwoord wijzigen', { id: 'account.password.title' })}</h3>
      ${errorSummary(
        problems,
        (id) => focusById(this.renderRoot, id),
        msg('Het wachtwoord is niet gewijzigd', { id: 'account.summary.title' }),
      )}
      ${this.done ? html`<p class="done" part="done">${doneText()}</p>` : nothing}
      <form part="form" aria-labelledby="password-title" novalidate @submit=${this.submit}>
        ${usernameForManagers(user.username)}
        ${currentPasswordField({
          value: this.current,
          problems,
          shown: this.shown,
          onInput: (v) => (this.current = v),
        })}
        ${newPasswordFields({
          values: this.values,
          rules: DEFAULT_RULES,
          problems,
          shown: this.shown,
          onInput: (field, v) => (this.values = { ...this.values, [field]: v }),
        })}
        ${showPasswordToggle(this.shown, () => (this.shown = !this.shown))}
        ${submitRow({
          label: msg('Wachtwoord wijzigen', { id: 'account.submit' }),
          busy: this.busy,
        })}
      </form>
    </section>`;
  }

  protected override updated(): void {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    focusById(this.renderRoot, 'summary');
  }

  private refusedBefore(): boolean {
    const { problems } = this;
    problems.clear();
    problems.set(CURRENT_PASSWORD_ID, currentPasswordProblem(this.current));
    checkNewPassword(this.values, DEFAULT_RULES, problems, this.current);
    if (!problems.any) return false;
    this.focusSummary = true;
    this.requestUpdate();
    return true;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    if (!portal || this.busy) return;
    this.done = false;
    if (this.refusedBefore()) return;
    this.busy = true;
    const sent = { current: this.current, ...this.values };
    try {
      await portal.client.signIn.changePassword(sent.current, sent.newPassword);
      this.current = '';
      this.values = { ...EMPTY };
      this.shown = false;
      this.done = true;
      void announce(this, doneText());
    } catch (error) {
      await this.refused(portal, error, sent);
    } finally {
      this.busy = false;
    }
  }

  private async refused(
    portal: PortalContextValue,
    error: unknown,
    sent: NewPasswordValues,
  ): Promise<void> {
    if (error instanceof ApiError && error.status === 401) {
      // The session ended meanwhile (sign-in calls do not end it by themselves): let the store
      // find out, so every panel and the session guard follow.
      await portal.client.session.refresh().catch(() => undefined);
      return;
    }
    passwordChangeRefused(error, this.problems, {
      rules: DEFAULT_RULES,
      typed: sent.newPassword,
      general: generalProblem,
    });
    this.focusSummary = true;
  }

  /** Forgets the form when the session ends or another person signs in. */
  private follow(value: PortalContextValue | undefined): void {
    const user = value?.state.status === 'signed-in' ? value.state.session?.user.id : undefined;
    if (user === this.user) return;
    this.user = user;
    this.current = '';
    this.values = { ...EMPTY };
    this.problems.clear();
    this.shown = false;
    this.done = false;
    for (const region of this.renderRoot.querySelectorAll(`[${LIVE_REGION_ATTRIBUTE}]`)) {
      region.textContent = '';
    }
  }
}

/** A problem that belongs to no field: the platform's words, but not "fetching" for a change. */
function generalProblem(error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'internal_error';
  if (code !== 'internal_error' && code !== 'service_unavailable') return problemMessage(error);
  return msg(
    'Het wijzigen van uw wachtwoord is niet gelukt. Probeer het over een paar minuten opnieuw.',
    {
      id: 'account.failed',
    },
  );
}

/** The confirmation, which also says the other sessions were ended. */
function doneText(): string {
  return msg(
    'Uw wachtwoord is gewijzigd. Op andere computers, tablets en telefoons bent u nu uitgelogd. Daar logt u voortaan in met het nieuwe wachtwoord.',
    { id: 'account.done' },
  );
}
