import { msg, str } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { textField, textProblem } from './fields.js';
import { ChangePasswordRequest, SignInRequest } from '../../generated/contract-facts.js';

/** The username and (current) password fields and checks of sign-in, reset and account. */

/** "Een wachtwoord heeft hoogstens 128 tekens. U heeft er 129 ingevuld." */
export const passwordTooLong = (max: number, count: number): string =>
  msg(str`Een wachtwoord heeft hoogstens ${max} tekens. U heeft er ${count} ingevuld.`, {
    id: 'form.password.tooLong',
  });

/** What is wrong with a typed username (trimmed), if anything. */
export function usernameProblem(username: string): string | undefined {
  return textProblem(
    username,
    { max: SignInRequest.username.maxLength },
    () => msg('Vul uw gebruikersnaam in.', { id: 'form.username.missing' }),
    (max, count) =>
      msg(str`Een gebruikersnaam heeft hoogstens ${max} tekens. U heeft er ${count} ingevuld.`, {
        id: 'form.username.tooLong',
      }),
  );
}

/** What is wrong with a typed password at sign-in, if anything. */
export function passwordProblem(password: string): string | undefined {
  return textProblem(
    password,
    { max: SignInRequest.password.maxLength },
    () => msg('Vul uw wachtwoord in.', { id: 'form.password.missing' }),
    passwordTooLong,
  );
}

/** What is wrong with the current password typed to change it, if anything. */
export function currentPasswordProblem(password: string): string | undefined {
  return textProblem(
    password,
    { max: ChangePasswordRequest.currentPassword.maxLength },
    () => msg('Vul uw huidige wachtwoord in.', { id: 'form.currentPassword.missing' }),
    passwordTooLong,
  );
}

/** The username field (`id="username"`). */
export function usernameField(o: {
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}): TemplateResult {
  return textField({
    id: 'username',
    name: 'username',
    label: msg('Gebruikersnaam', { id: 'form.username.label' }),
    autocomplete: 'username',
    ...o,
  });
}
