/**
 * Reads what a user typed or pasted into the SMS-code field. The SMS says "4479-123456"; the
 * screen shows "4479 - ______"; people paste the whole code, the six digits, or the digits with
 * spaces, and some type the prefix too.
 */

/** The number of digits the user enters (after the prefix). */
export const CODE_LENGTH = 6;

/** The number of digits of the prefix shown on screen. */
export const PREFIX_LENGTH = 4;

/** What is wrong with the text, when it cannot become digits of this code at all. */
export type CodeProblem = 'letters' | 'prefix';

/** The outcome of {@link parseCode}. */
export interface ParsedCode {
  /** The digits of the code without the prefix (possibly too few or too many). */
  digits: string;
  /** Set when the text is not a code: it has letters, or it is a code with another prefix. */
  problem?: CodeProblem;
  /** The prefix the text started with, when `problem` is `'prefix'`. */
  otherPrefix?: string;
}

/** Spaces, hyphens and dashes, dots: what people put between groups of digits. */
const SEPARATORS = /[\s\-‐‑‒–—―.]+/g;

/**
 * Parses `text` as (part of) the code that follows `prefix`.
 * "4479-123456", "4479 123456", " 123 456 " and "123456" all give "123456" for prefix "4479";
 * "1234-123456" is a code with another prefix; "12a" has letters.
 */
export function parseCode(text: string, prefix: string): ParsedCode {
  const trimmed = text.trim();
  const groups = trimmed.split(SEPARATORS).filter((group) => group.length > 0);
  const digits = groups.join('');
  if (/\D/.test(digits)) return { digits: digits.replace(/\D/g, ''), problem: 'letters' };
  const [first = ''] = groups;
  // A leading group of four before more digits is a prefix ("4479 12345" too: a digit short),
  // and so is the start of ten digits in a row.
  const prefixed =
    (groups.length > 1 && first.length === PREFIX_LENGTH) ||
    digits.length === PREFIX_LENGTH + CODE_LENGTH;
  if (!prefixed) return { digits };
  const start = digits.slice(0, PREFIX_LENGTH);
  if (prefix && start !== prefix) return { digits, problem: 'prefix', otherPrefix: start };
  return { digits: digits.slice(PREFIX_LENGTH) };
}
