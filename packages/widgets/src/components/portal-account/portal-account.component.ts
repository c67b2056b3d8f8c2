import { ContextConsumer } from '@lit/context';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import { LIVE_REGION_ATTRIBUTE, announce } from '../../ui/live-region.js';
import { fieldMessage } from '../../ui/shared.styles.js';
import {
  PASSWORD_FIELDS,
  checkPasswords,
  rulesText,
  serverProblems,
  type PasswordField,
  type PasswordProblems,
  type PasswordValues,
} from './password-rules.js';
import { styles } from './portal-account.styles.js';

const EMPTY: PasswordValues = { current: '', new: '', repeat: '' };

/** The id of each field's input in the shadow root. */
const inputId = (field: PasswordField) => `${field}-password`;

/**
 * @summary The signed-in person's account (P3): who is signed in (name and username) and a form
 * to change the password at any time. The rules (8 to 128 characters, nothing else) are shown
 * before typing; problems appear next to each field and in a summary that gets focus; what was
 * typed stays after a problem. The server signs the person out everywhere else on success.
 * Shown only while someone is signed in. Passwords are never kept as drafts.
 *
 * @csspart panel - The panel's frame.
 * @csspart who - The name and username of the signed-in person.
 * @csspart form - The password form.
 * @csspart rules - The password rules, above the fields.
 * @csspart summary - The summary of problems after a refused attempt.
 * @csspart done - The confirmation after a change.
 * @csspart submit - The button that changes the password.
 * @csspart busy - The line that says the change is being made.
 */
export class PortalAccount extends PortalElement {
  static override styles = [PortalElement.styles, fieldMessage, styles];

  private readonly portal = new ContextConsumer(this, {
    context: portalContext,
    subscribe: true,
    callback: (value) => this.follow(value),
  });

  @state() private values: PasswordValues = { ...EMPTY };
  @state() private problems: PasswordProblems = {};
  @state() private general: string | undefined;
  @state() private shown = false;
  @state() private busy = false;
  @state() private done = false;

  /** Set when a refused submit should move focus to the summary once it is rendered. */
  private focusSummary = false;
  /** The signed-in person the form belongs to. */
  private user: string | undefined;

  protected override render() {
    const session = this.portal.value?.state.session;
    if (this.portal.value?.state.status !== 'signed-in' || !session) return nothing;
    const { user } = session;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn account', { id: 'account.title' })}</h2>
      <dl class="who" part="who">
        <dt>${msg('Naam', { id: 'account.name' })}</dt>
        <dd>${user.name}</dd>
        <dt>${msg('Gebruikersnaam', { id: 'account.username' })}</dt>
        <dd>${user.username}</dd>
      </dl>
      <h3 id="password-title">${msg('Wachtwoord wijzigen', { id: 'account.password.title' })}</h3>
      <form part="form" aria-labelledby="password-title" novalidate @submit=${this.submit}>
        ${this.renderSummary()}
        ${this.done ? html`<p class="done" part="done">${doneText()}</p>` : nothing}
        <p class="rules" part="rules" id="rules">${rulesText()}</p>
        <input
          type="text"
          name="username"
          autocomplete="username"
          .value=${user.username}
          readonly
          hidden
        />
        ${this.renderField('current', msg('Huidig wachtwoord', { id: 'account.current.label' }))}
        ${this.renderField('new', msg('Nieuw wachtwoord', { id: 'account.new.label' }))}
        ${this.renderField(
          'repeat',
          msg('Herhaal het nieuwe wachtwoord', { id: 'account.repeat.label' }),
        )}
        <label class="toggle">
          <input
            type="checkbox"
            .checked=${live(this.shown)}
            @change=${(e: Event) => (this.shown = (e.target as HTMLInputElement).checked)}
          />
          ${msg('Wachtwoorden tonen', { id: 'account.show' })}
        </label>
        <div class="actions">
          <button class="primary" part="submit" type="submit">
            ${msg('Wachtwoord wijzigen', { id: 'account.submit' })}
          </button>
          <p class="busy" part="busy" role="status">
            ${this.busy ? msg('Even geduld…', { id: 'account.busy' }) : nothing}
          </p>
        </div>
      </form>
    </section>`;
  }

  protected override updated(): void {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
  }

  private renderField(field: PasswordField, label: string): TemplateResult {
    const id = inputId(field);
    const error = this.problems[field];
    const described = [field === 'new' ? 'rules' : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const autocomplete = field === 'current' ? 'current-password' : 'new-password';
    const typed = (e: Event) => {
      this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
    };
    // No whitespace around the message: the icon shows only when the paragraph is not :empty.
    const message = error
      ? html`<span class="visually-hidden">${msg('Fout:', { id: 'account.errorPrefix' })}</span>
          ${error}`
      : nothing;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="message" id="${id}-error">${message}</p>
      <input
        id=${id}
        name=${id}
        type=${this.shown ? 'text' : 'password'}
        autocomplete=${autocomplete}
        autocapitalize="off"
        spellcheck="false"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${live(this.values[field])}
        @input=${typed}
      />
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const fields = PASSWORD_FIELDS.filter((f) => this.problems[f]);
    if (fields.length === 0 && !this.general) return nothing;
    const go = (field: PasswordField) => (event: Event) => {
      // The links point into a shadow root: following them would change the page's URL.
      event.preventDefault();
      this.renderRoot.querySelector<HTMLInputElement>(`#${inputId(field)}`)?.focus();
    };
    return html`<div class="summary" part="summary" id="summary" tabindex="-1">
      <div role="alert">
        <h4>${msg('Het wachtwoord is niet gewijzigd', { id: 'account.summary.title' })}</h4>
        <ul>
          ${this.general ? html`<li>${this.general}</li>` : nothing}
          ${fields.map(
            (f) =>
              html`<li>
                <a href="#${inputId(f)}" @click=${go(f)}>${this.problems[f]}</a>
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const portal = this.portal.value;
    if (!portal || this.busy) return;
    this.done = false;
    this.general = undefined;
    this.problems = checkPasswords(this.values);
    if (Object.keys(this.problems).length > 0) {
      this.focusSummary = true;
      return;
    }
    this.busy = true;
    const sent = this.values;
    try {
      await portal.client.signIn.changePassword(sent.current, sent.new);
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
    sent: PasswordValues,
  ): Promise<void> {
    if (error instanceof ApiError && error.status === 401) {
      // The session ended meanwhile (sign-in calls do not end it by themselves): let the store
      // find out, so every panel and the session guard follow.
      await portal.client.session.refresh().catch(() => undefined);
      return;
    }
    const problems = serverProblems(error, sent);
    this.problems = problems ?? {};
    this.general = problems ? undefined : generalProblem(error);
    this.focusSummary = true;
  }

  /** Forgets the form when the session ends or another person signs in. */
  private follow(value: PortalContextValue | undefined): void {
    const user = value?.state.status === 'signed-in' ? value.state.session?.user.id : undefined;
    if (user === this.user) return;
    this.user = user;
    this.values = { ...EMPTY };
    this.problems = {};
    this.general = undefined;
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
