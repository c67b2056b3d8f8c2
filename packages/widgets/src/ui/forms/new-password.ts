import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { problemMessage } from '../../i18n/problems.js';
import { chars, type FormProblems } from './form-problems.js';
import { textField } from './fields.js';
import { passwordTooLong } from './credentials.js';
import { ChangePasswordRequest } from '../../generated/contract-facts.js';
import { codeOf, fieldErrorOf } from './server-answers.js';

/**
 * Choosing a new password (first sign-in, the reset link, the account): the rules shown before
 * typing, the new password twice, the contract's checks, and the server's refusals in words.
 */

/** The ids of the three fields. */
export const CURRENT_PASSWORD_ID = 'current-password';
export const NEW_PASSWORD_ID = 'new-password';
export const REPEAT_PASSWORD_ID = 'repeat-password';

/** The rules as the server gives them (`passwordRules`), or the contract's. */
export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

/** The contract's rules (a new password's lengths), for when the server's are not at hand. */
export const DEFAULT_RULES: PasswordRules = {
  minLength: ChangePasswordRequest.newPassword.minLength,
  maxLength: ChangePasswordRequest.newPassword.maxLength,
};

/** What the user typed. */
export interface NewPasswordValues {
  newPassword: string;
  repeat: string;
}

/** The rules, in words. */
export function rulesText(rules: PasswordRules): string {
  return msg(
    str`Kies een wachtwoord van ${rules.minLength} tot ${rules.maxLength} tekens. Verder zijn er geen regels. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.`,
    { id: 'form.newPassword.rules' },
  );
}

/** The current password (`id="current-password"`), whose change is asked. */
export function currentPasswordField(o: {
  value: string;
  problems: FormProblems;
  shown: boolean;
  hint?: string;
  onInput: (value: string) => void;
}): TemplateResult {
  return textField({
    id: CURRENT_PASSWORD_ID,
    name: CURRENT_PASSWORD_ID,
    label: msg('Huidig wachtwoord', { id: 'form.currentPassword.label' }),
    type: o.shown ? 'text' : 'password',
    autocomplete: 'current-password',
    value: o.value,
    hint: o.hint,
    error: o.problems.get(CURRENT_PASSWORD_ID),
    onInput: o.onInput,
  });
}

/** For password managers: the account whose password changes (a hidden, read-only field). */
export function usernameForManagers(username: string): TemplateResult | typeof nothing {
  return username
    ? html`<input
        type="text"
        name="username"
        autocomplete="username"
        hidden
        readonly
        .value=${username}
      />`
    : nothing;
}

/** The two fields; the rules are the hint of the first, so they are read before typing. */
export function newPasswordFields(o: {
  values: NewPasswordValues;
  rules: PasswordRules;
  problems: FormProblems;
  shown: boolean;
  onInput: (field: keyof NewPasswordValues, value: string) => void;
}): TemplateResult {
  const type = o.shown ? 'text' : 'password';
  return html`${textField({
    id: NEW_PASSWORD_ID,
    name: NEW_PASSWORD_ID,
    label: msg('Nieuw wachtwoord', { id: 'form.newPassword.label' }),
    hint: rulesText(o.rules),
    type,
    autocomplete: 'new-password',
    value: o.values.newPassword,
    error: o.problems.get(NEW_PASSWORD_ID),
    onInput: (v) => o.onInput('newPassword', v),
  })}
  ${textField({
    id: REPEAT_PASSWORD_ID,
    name: REPEAT_PASSWORD_ID,
    label: msg('Herhaal het nieuwe wachtwoord', { id: 'form.newPassword.repeatLabel' }),
    type,
    autocomplete: 'new-password',
    value: o.values.repeat,
    error: o.problems.get(REPEAT_PASSWORD_ID),
    onInput: (v) => o.onInput('repeat', v),
  })}`;
}

/** The values of the two fields in a submitted form, or the ones kept. */
export function newPasswordValues(
  form: Record<string, string>,
  kept: NewPasswordValues,
): NewPasswordValues {
  return {
    newPassword: form[NEW_PASSWORD_ID] ?? kept.newPassword,
    repeat: form[REPEAT_PASSWORD_ID] ?? kept.repeat,
  };
}

const tooShort = (min: number, count: number) =>
  msg(str`Kies een wachtwoord van minstens ${min} tekens. Nu zijn het er ${count}.`, {
    id: 'form.newPassword.short',
  });

const sameAsCurrent = () =>
  msg('Kies een ander wachtwoord dan uw huidige wachtwoord.', {
    id: 'form.newPassword.sameAsCurrent',
  });

/** What is wrong with a new password alone, if anything. */
function newPasswordProblem(value: string, rules: PasswordRules, current?: string) {
  const count = chars(value);
  if (count === 0) return msg('Vul een nieuw wachtwoord in.', { id: 'form.newPassword.missing' });
  if (count < rules.minLength) return tooShort(rules.minLength, count);
  if (count > rules.maxLength) return passwordTooLong(rules.maxLength, count);
  if (current !== undefined && value === current) return sameAsCurrent();
  return undefined;
}

/** Records what is wrong with the new password and its repetition; `current` must differ. */
export function checkNewPassword(
  values: NewPasswordValues,
  rules: PasswordRules,
  problems: FormProblems,
  current?: string,
): void {
  problems.set(NEW_PASSWORD_ID, newPasswordProblem(values.newPassword, rules, current));
  if (values.repeat.length === 0) {
    problems.set(
      REPEAT_PASSWORD_ID,
      msg('Vul het nieuwe wachtwoord nog een keer in.', { id: 'form.newPassword.repeatMissing' }),
    );
  } else if (values.repeat !== values.newPassword) {
    problems.set(
      REPEAT_PASSWORD_ID,
      msg('De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ ze nog eens.', {
        id: 'form.newPassword.mismatch',
      }),
    );
  }
}

/** Why the server refused a new password (its field error's code), in words. */
export function rejectedText(reason: string | undefined, rules: PasswordRules, typed: string) {
  switch (reason) {
    case 'minLength':
      return tooShort(rules.minLength, chars(typed));
    case 'maxLength':
      return passwordTooLong(rules.maxLength, chars(typed));
    case 'username':
      return msg('Uw wachtwoord mag niet hetzelfde zijn als uw gebruikersnaam.', {
        id: 'form.newPassword.isUsername',
      });
    case 'current':
      return sameAsCurrent();
    default:
      return msg(
        'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
        { id: 'form.newPassword.common' },
      );
  }
}

/**
 * Puts a refused password change next to its field: a wrong current password, a new password
 * the server refuses (too common, the username, too short or long); anything else in general
 * words (`general`, the platform's problem text by default).
 */
export function passwordChangeRefused(
  error: unknown,
  problems: FormProblems,
  o: { rules: PasswordRules; typed: string; general?: (error: unknown) => string },
): void {
  const code = codeOf(error);
  const current = fieldErrorOf(error, 'body.currentPassword');
  const next = fieldErrorOf(error, 'body.newPassword');
  if (code === 'password_incorrect' || (code === 'validation_failed' && current)) {
    problems.set(
      CURRENT_PASSWORD_ID,
      msg('Het huidige wachtwoord klopt niet. Let op hoofdletters en kleine letters.', {
        id: 'form.currentPassword.wrong',
      }),
    );
  }
  if (code === 'password_rejected' || (code === 'validation_failed' && next)) {
    problems.set(NEW_PASSWORD_ID, rejectedText(next?.code, o.rules, o.typed));
  }
  if (!problems.any) problems.add((o.general ?? problemMessage)(error));
}
