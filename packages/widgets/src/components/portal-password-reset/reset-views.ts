import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_RULES,
  errorSummary,
  newPasswordFields,
  showPasswordToggle,
  submitRow,
  textField,
  usernameField,
  type FormProblems,
  type NewPasswordValues,
} from '../../ui/forms/index.js';

/** What the views of `<portal-password-reset>` show and what they can do. */
export interface ResetView {
  username: string;
  email: string;
  passwords: NewPasswordValues;
  problems: FormProblems;
  busy: boolean;
  showPassword: boolean;
  linkBroken: boolean;
  linkRefused: boolean;
  focusField(id: string): void;
  setUsername(value: string): void;
  setEmail(value: string): void;
  setPassword(field: keyof NewPasswordValues, value: string): void;
  toggleShowPassword(): void;
  requestLink(event: SubmitEvent): void;
  confirm(event: SubmitEvent): void;
  askNewLink(): void;
  /** Where "Terug naar inloggen" leads on a page of its own; else `back()` is called. */
  signInHref: string | undefined;
  back(): void;
}

const heading = (text: string) => html`<h2 class="title" id="heading" tabindex="-1">${text}</h2>`;

function backButton(v: ResetView, primary = false, text = backText()): TemplateResult {
  const kind = primary ? 'primary' : 'link';
  return v.signInHref
    ? html`<a class="${kind} button-link" part="back" href=${v.signInHref}>${text}</a>`
    : html`<button class=${kind} part="back" type="button" @click=${() => v.back()}>
        ${text}
      </button>`;
}

const backText = () => msg('Terug naar inloggen', { id: 'reset.back' });

const username = (v: ResetView): TemplateResult =>
  usernameField({
    value: v.username,
    error: v.problems.get('username'),
    onInput: (value) => v.setUsername(value),
  });

/** Username and e-mail address, to ask for a link. */
export function renderRequest(v: ResetView): TemplateResult {
  return html`${heading(msg('Wachtwoord vergeten', { id: 'reset.request.heading' }))}
    <p>
      ${msg(
        'Vul uw gebruikersnaam en uw e-mailadres in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.',
        { id: 'reset.request.intro' },
      )}
    </p>
    ${errorSummary(v.problems, (id) => v.focusField(id))}
    <form novalidate aria-labelledby="heading" @submit=${(e: SubmitEvent) => v.requestLink(e)}>
      ${username(v)}
      ${textField({
        id: 'email',
        name: 'email',
        label: msg('E-mailadres', { id: 'reset.email' }),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        value: v.email,
        error: v.problems.get('email'),
        onInput: (value) => v.setEmail(value),
      })}
      ${submitRow({
        label: msg('Link aanvragen', { id: 'reset.request.submit' }),
        busy: v.busy,
        extra: backButton(v),
      })}
    </form>`;
}

/** The same answer whether or not the account exists. */
export function renderSent(v: ResetView): TemplateResult {
  return html`${heading(msg('Kijk in uw e-mail', { id: 'reset.sent.heading' }))}
    <p part="sent">
      ${msg('Als deze gegevens bij een account horen, ontvangt u een e-mail met een link.', {
        id: 'reset.sent.text',
      })}
    </p>
    <p>
      ${msg(
        'Open de link en kies een nieuw wachtwoord. De link werkt een uur en maar één keer. Ziet u geen e-mail? Kijk dan ook bij uw ongewenste e-mail (spam).',
        { id: 'reset.sent.next' },
      )}
    </p>
    <div class="actions">${backButton(v, true)}</div>`;
}

/** A link that cannot work, or the form for the new password. */
export function renderConfirm(v: ResetView): TemplateResult {
  if (v.linkBroken) {
    return html`${heading(msg('Deze link werkt niet', { id: 'reset.broken.heading' }))}
      <p>
        ${msg(
          'De link is niet helemaal overgenomen, of hij is te oud. Vraag een nieuwe link aan; een link werkt een uur en maar één keer.',
          { id: 'reset.broken.text' },
        )}
      </p>
      <div class="actions">${newLinkButton(v, true)} ${backButton(v)}</div>`;
  }
  return html`${heading(msg('Nieuw wachtwoord kiezen', { id: 'reset.confirm.heading' }))}
    <p>
      ${msg('Vul uw gebruikersnaam in en kies een nieuw wachtwoord.', {
        id: 'reset.confirm.intro',
      })}
    </p>
    ${errorSummary(v.problems, (id) => v.focusField(id))}
    ${v.linkRefused ? html`<div class="actions">${newLinkButton(v, false)}</div>` : nothing}
    <form novalidate aria-labelledby="heading" @submit=${(e: SubmitEvent) => v.confirm(e)}>
      ${username(v)}
      ${newPasswordFields({
        values: v.passwords,
        rules: DEFAULT_RULES,
        problems: v.problems,
        shown: v.showPassword,
        onInput: (field, value) => v.setPassword(field, value),
      })}
      ${showPasswordToggle(v.showPassword, () => v.toggleShowPassword())}
      ${submitRow({
        label: msg('Wachtwoord wijzigen', { id: 'login.change.submit' }),
        busy: v.busy,
      })}
    </form>`;
}

function newLinkButton(v: ResetView, primary: boolean): TemplateResult {
  return html`<button
    class=${primary ? 'primary' : 'secondary'}
    part="new-link"
    type="button"
    @click=${() => v.askNewLink()}
  >
    ${msg('Nieuwe link aanvragen', { id: 'reset.newLink' })}
  </button>`;
}

/** The password was set: on to signing in. */
export function renderDone(v: ResetView): TemplateResult {
  return html`${heading(msg('Uw wachtwoord is gewijzigd', { id: 'reset.done.heading' }))}
    <p>${msg('U kunt nu inloggen met uw nieuwe wachtwoord.', { id: 'reset.done.text' })}</p>
    <div class="actions">
      ${backButton(v, true, msg('Naar inloggen', { id: 'reset.done.signIn' }))}
    </div>`;
}
