import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ApiError } from '@clientportal/sdk';
import { LIMITS, chars, textField, type FormProblems } from './login-form.js';
import { passwordTooLong } from './login-messages.js';

/**
 * Choosing a new password (first sign-in, and the reset link): the rules shown before typing,
 * the new password twice, and the checks of the contract (8 to 128 characters, no other rules).
 */

/** The ids of the two fields. */
export const NEW_PASSWORD_ID = 'new-password';
export const REPEAT_PASSWORD_ID = 'repeat-password';

/** The rules as the server gives them, or the contract's. */
export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

/** The contract's rules, for when the server's are not at hand. */
export const DEFAULT_RULES: PasswordRules = {
  minLength: LIMITS.newPasswordMin,
  maxLength: LIMITS.password,
};

/** What the user typed. */
export interface NewPasswordValues {
  newPassword: string;
  repeat: string;
}

/** The rules, in words. */
export function rulesText(rules: PasswordRules): string {
  return msg(
    str`Kies een wachtwoord van minstens ${rules.minLength} tekens. Verder zijn er geen regels. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.`,
    { id: 'login.newPassword.rules' },
  );
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
    name: 'new-password',
    label: msg('Nieuw wachtwoord', { id: 'login.newPassword.label' }),
    hint: rulesText(o.rules),
    type,
    autocomplete: 'new-password',
    value: o.values.newPassword,
    error: o.problems.get(NEW_PASSWORD_ID),
    onInput: (v) => o.onInput('newPassword', v),
  })}
  ${textField({
    id: REPEAT_PASSWORD_ID,
    name: 'repeat-password',
    label: msg('Herhaal het nieuwe wachtwoord', { id: 'login.newPassword.repeatLabel' }),
    type,
    autocomplete: 'new-password',
    value: o.values.repeat,
    error: o.problems.get(REPEAT_PASSWORD_ID),
    onInput: (v) => o.onInput('repeat', v),
  })}`;
}

/** Records what is wrong with the new password and its repetition; `current` must differ. */
export function checkNewPassword(
  values: NewPasswordValues,
  rules: PasswordRules,
  problems: FormProblems,
  current?: string,
): void {
  const count = chars(values.newPassword);
  if (count === 0) {
    problems.set(
      NEW_PASSWORD_ID,
      msg('Vul een nieuw wachtwoord in.', { id: 'login.newPassword.missing' }),
    );
  } else if (count < rules.minLength) {
    problems.set(
      NEW_PASSWORD_ID,
      msg(
        str`Kies een wachtwoord van minstens ${rules.minLength} tekens. Nu zijn het er ${count}.`,
        { id: 'login.newPassword.short' },
      ),
    );
  } else if (count > rules.maxLength) {
    problems.set(NEW_PASSWORD_ID, passwordTooLong(rules.maxLength, count));
  } else if (current !== undefined && values.newPassword === current) {
    problems.set(NEW_PASSWORD_ID, sameAsCurrent());
  }
  if (values.repeat.length === 0) {
    problems.set(
      REPEAT_PASSWORD_ID,
      msg('Vul het nieuwe wachtwoord nog een keer in.', { id: 'login.newPassword.repeatMissing' }),
    );
  } else if (values.repeat !== values.newPassword) {
    problems.set(
      REPEAT_PASSWORD_ID,
      msg('De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ ze nog eens.', {
        id: 'login.newPassword.mismatch',
      }),
    );
  }
}

const sameAsCurrent = () =>
  msg('Kies een ander wachtwoord dan uw huidige wachtwoord.', {
    id: 'login.newPassword.sameAsCurrent',
  });

/** Why the server refused a new password (`password_rejected`), in words. */
export function rejectedText(error: ApiError): string {
  const reason = error.fieldErrors.find((f) => f.field === 'body.newPassword')?.code;
  switch (reason) {
    case 'username':
      return msg('Uw wachtwoord mag niet hetzelfde zijn als uw gebruikersnaam.', {
        id: 'login.newPassword.isUsername',
      });
    case 'current':
      return sameAsCurrent();
    default:
      return msg(
        'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
        { id: 'login.newPassword.common' },
      );
  }
}
