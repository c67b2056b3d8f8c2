import { msg, str } from '@lit/localize';
import type { ApiError } from '@clientportal/sdk';
import { problemMessage } from '../../i18n/problems.js';
import { LIMITS, chars } from './login-form.js';

/** The messages of the sign-in panels that need more than the platform's problem texts. */

/** "30 seconden", "1 minuut", "15 minuten": a wait, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return s === 1
      ? msg('1 seconde', { id: 'login.wait.second' })
      : msg(str`${s} seconden`, { id: 'login.wait.seconds' });
  }
  const m = Math.ceil(seconds / 60);
  return m === 1
    ? msg('1 minuut', { id: 'login.wait.minute' })
    : msg(str`${m} minuten`, { id: 'login.wait.minutes' });
}

/** The code a failure carries (`internal_error` for anything that is not an `ApiError`). */
export const codeOf = (error: unknown): string =>
  (error as Partial<ApiError> | undefined)?.code ?? 'internal_error';

/** Seconds to wait that a failure carries, if any. */
export const retryAfterOf = (error: unknown): number | undefined =>
  (error as Partial<ApiError> | undefined)?.retryAfter;

/** The message for a refused username and password: never says which of the two is wrong. */
export function signInProblem(error: unknown): string {
  const wait = retryAfterOf(error);
  switch (codeOf(error)) {
    case 'invalid_credentials':
      return msg(
        'De gebruikersnaam of het wachtwoord klopt niet. Controleer ze allebei en probeer het opnieuw. Weet u uw wachtwoord niet meer? Kies dan "Wachtwoord vergeten?".',
        { id: 'login.error.credentials' },
      );
    case 'too_many_attempts':
      return wait
        ? msg(
            str`U heeft een paar keer een verkeerd wachtwoord ingevuld. Wacht ${waitText(wait)} en probeer het dan opnieuw. Weet u uw wachtwoord niet meer? Kies dan "Wachtwoord vergeten?".`,
            { id: 'login.error.throttled' },
          )
        : problemMessage(error);
    case 'too_many_requests':
      return wait
        ? msg(
            str`U heeft het vaak achter elkaar geprobeerd. Probeer het over ${waitText(wait)} opnieuw.`,
            {
              id: 'login.error.rateLimited',
            },
          )
        : problemMessage(error);
    default:
      return problemMessage(error);
  }
}

/** The message next to the code field for a refused code. */
export function codeProblem(error: unknown): string {
  const left = (error as Partial<ApiError> | undefined)?.attemptsLeft;
  switch (codeOf(error)) {
    case 'code_invalid':
      if (left === 1)
        return msg('De code klopt niet. U kunt het nog één keer proberen.', {
          id: 'login.code.wrongLast',
        });
      return left
        ? msg(str`De code klopt niet. U kunt het nog ${left} keer proberen.`, {
            id: 'login.code.wrong',
          })
        : problemMessage(error);
    case 'code_expired':
      return msg(
        'De code is verlopen. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.expired' },
      );
    case 'too_many_attempts':
      return msg(
        'U heeft te vaak een verkeerde code ingevuld. Deze code werkt niet meer. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.tooManyTries' },
      );
    case 'challenge_invalid':
      return msg(
        'Deze code werkt niet meer. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.void' },
      );
    default:
      return problemMessage(error);
  }
}

/** The message for a field that must not be empty, or is longer than the contract allows. */
export function requiredText(
  value: string,
  max: number,
  missing: () => string,
  tooLong: (max: number, count: number) => string,
): string | undefined {
  if (value.length === 0) return missing();
  const count = chars(value);
  return count > max ? tooLong(max, count) : undefined;
}

/** What is wrong with a typed username, if anything. */
export function usernameProblem(username: string): string | undefined {
  return requiredText(
    username,
    LIMITS.username,
    () => msg('Vul uw gebruikersnaam in.', { id: 'login.error.usernameMissing' }),
    (max, count) =>
      msg(str`Een gebruikersnaam heeft hoogstens ${max} tekens. U heeft er ${count} ingevuld.`, {
        id: 'login.error.usernameTooLong',
      }),
  );
}

/** "Een wachtwoord heeft hoogstens 128 tekens." */
export const passwordTooLong = (max: number, count: number): string =>
  msg(str`Een wachtwoord heeft hoogstens ${max} tekens. U heeft er ${count} ingevuld.`, {
    id: 'login.error.passwordTooLong',
  });

/** What is wrong with a typed (current) password, if anything. */
export function passwordProblem(password: string): string | undefined {
  return requiredText(
    password,
    LIMITS.password,
    () => msg('Vul uw wachtwoord in.', { id: 'login.error.passwordMissing' }),
    passwordTooLong,
  );
}
