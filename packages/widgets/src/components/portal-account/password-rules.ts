import { msg, str } from '@lit/localize';
import { ApiError } from '@clientportal/sdk';

/**
 * The checks of the password form of `<portal-account>`: what is wrong with what was typed, before
 * sending and after the server's answer, each in its own words.
 */

/** The fields of the form, in its order (and the summary's). */
export const PASSWORD_FIELDS = ['current', 'new', 'repeat'] as const;

/** One of `PASSWORD_FIELDS`. */
export type PasswordField = (typeof PASSWORD_FIELDS)[number];

/** What the person typed. */
export type PasswordValues = Record<PasswordField, string>;

/** The message next to each field that has a problem. */
export type PasswordProblems = Partial<Record<PasswordField, string>>;

/** The contract's limits of a new password (ChangePasswordRequest): 8 to 128, nothing else. */
export const PASSWORD_RULES = { minLength: 8, maxLength: 128 } as const;

/** Characters as the contract counts them: code points, so an emoji is one. */
const chars = (text: string): number => [...text].length;

/** The rules in words, shown before the person types. */
export function rulesText(): string {
  const { minLength, maxLength } = PASSWORD_RULES;
  return msg(
    str`Een wachtwoord heeft ${minLength} tot ${maxLength} tekens. Andere regels zijn er niet. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.`,
    { id: 'account.rules' },
  );
}

const wrongCurrent = () =>
  msg('Het huidige wachtwoord klopt niet. Let op hoofdletters en kleine letters.', {
    id: 'account.current.wrong',
  });

const tooShort = (count: number) =>
  msg(
    str`Het nieuwe wachtwoord is te kort: het heeft ${count} tekens. Kies er minstens ${PASSWORD_RULES.minLength}.`,
    { id: 'account.new.short' },
  );

const tooLong = (count: number) =>
  msg(
    str`Het nieuwe wachtwoord is te lang: het heeft ${count} tekens. Kies er hoogstens ${PASSWORD_RULES.maxLength}.`,
    { id: 'account.new.long' },
  );

const sameAsCurrent = () =>
  msg('Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.', {
    id: 'account.new.same',
  });

/** What is wrong before sending; an empty object when the form may be sent. */
export function checkPasswords(values: PasswordValues): PasswordProblems {
  const problems: PasswordProblems = {};
  if (values.current === '') {
    problems.current = msg('Vul uw huidige wachtwoord in.', { id: 'account.current.missing' });
  }
  const count = chars(values.new);
  if (count === 0) {
    problems.new = msg('Vul een nieuw wachtwoord in.', { id: 'account.new.missing' });
  } else if (count < PASSWORD_RULES.minLength) {
    problems.new = tooShort(count);
  } else if (count > PASSWORD_RULES.maxLength) {
    problems.new = tooLong(count);
  } else if (values.new === values.current) {
    problems.new = sameAsCurrent();
  }
  if (values.repeat === '') {
    problems.repeat = msg('Vul het nieuwe wachtwoord nog een keer in.', {
      id: 'account.repeat.missing',
    });
  } else if (values.repeat !== values.new) {
    problems.repeat = msg(
      'Dit is niet hetzelfde als het nieuwe wachtwoord. Typ het nieuwe wachtwoord hier nog een keer.',
      { id: 'account.repeat.mismatch' },
    );
  }
  return problems;
}

/** Why the server refused the new password, from the field error's code. */
function rejected(code: string | undefined, values: PasswordValues): string {
  switch (code) {
    case 'minLength':
      return tooShort(chars(values.new));
    case 'maxLength':
      return tooLong(chars(values.new));
    case 'username':
      return msg('Uw wachtwoord mag niet hetzelfde zijn als uw gebruikersnaam.', {
        id: 'account.new.username',
      });
    case 'current':
      return sameAsCurrent();
    default:
      return msg(
        'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
        { id: 'account.new.common' },
      );
  }
}

/**
 * The problems of a refused change, per field; `undefined` when the error belongs to no field
 * (the form then shows the general message of the problem).
 */
export function serverProblems(
  error: unknown,
  values: PasswordValues,
): PasswordProblems | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'password_incorrect') return { current: wrongCurrent() };
  const about = (field: string) => error.fieldErrors.find((f) => f.field === field);
  if (error.code === 'password_rejected') {
    return { new: rejected(about('body.newPassword')?.code, values) };
  }
  if (error.code === 'validation_failed') {
    const problems: PasswordProblems = {};
    if (about('body.currentPassword')) problems.current = wrongCurrent();
    const fault = about('body.newPassword');
    if (fault) problems.new = rejected(fault.code, values);
    return Object.keys(problems).length > 0 ? problems : undefined;
  }
  return undefined;
}
