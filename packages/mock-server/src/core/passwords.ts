import type { components } from '@clientportal/sdk/generated';
import { ProblemError, type FieldError } from './problem.js';
import { verifyPassword, type PasswordHash } from './secrets.js';

/** The rules shown before the user types (NIST 800-63B: length, no composition rules). */
export const passwordRules: components['schemas']['PasswordRules'] = {
  minLength: 8,
  maxLength: 128,
};

/**
 * Passwords people pick first, in Dutch and English. A short list on purpose: it catches the
 * obvious ones without turning the rules into a guessing game.
 */
const commonPasswords = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '00000000',
  '12341234',
  'abcd1234',
  'abc12345',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwerty123',
  'qwertyuiop',
  'azerty123',
  'iloveyou',
  'letmein1',
  'welcome1',
  'welcome123',
  'sunshine',
  'football',
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'welkom01',
  'welkom123',
  'welkomwelkom',
  'geheim123',
  'hallo123',
  'voetbal1',
  'ikhouvanjou',
  'zomer2026',
  'winter2026',
]);

/** Compares as a person would: `Wachtwoord` is as guessable as `wachtwoord`. */
const normalise = (text: string) => text.trim().toLowerCase();

/** Characters as the contract's schema counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

/** What is wrong with a new password, or nothing when it may be used. */
export async function passwordFault(
  newPassword: string,
  about: { username: string; current: PasswordHash },
): Promise<FieldError | undefined> {
  const field = 'body.newPassword';
  const size = length(newPassword);
  if (size < passwordRules.minLength)
    return { field, code: 'minLength', message: `must have at least ${passwordRules.minLength}` };
  if (size > passwordRules.maxLength)
    return { field, code: 'maxLength', message: `must have at most ${passwordRules.maxLength}` };
  const candidate = normalise(newPassword);
  if (commonPasswords.has(candidate))
    return { field, code: 'common', message: 'is a commonly used password' };
  if (candidate === normalise(about.username))
    return { field, code: 'username', message: 'must not be the username' };
  if (await verifyPassword(newPassword, about.current))
    return { field, code: 'current', message: 'must differ from the current password' };
  return undefined;
}

/** Refuses a new password that breaks a rule with `422 password_rejected` naming the field. */
export async function assertPasswordAllowed(
  newPassword: string,
  about: { username: string; current: PasswordHash },
): Promise<void> {
  const fault = await passwordFault(newPassword, about);
  if (fault) {
    throw new ProblemError(422, 'password_rejected', `The new password ${fault.message}.`, {
      errors: [fault],
    });
  }
}
