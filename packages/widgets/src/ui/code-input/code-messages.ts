import { msg, str } from '@lit/localize';
import { CODE_LENGTH } from './parse-code.js';

/** What the field tells the user about what they entered, one list for the type and tests. */
export const CODE_ISSUES = ['letters', 'prefix', 'empty', 'short', 'long'] as const;

/** A problem with what the user entered. */
export type CodeIssue = (typeof CODE_ISSUES)[number];

/** The facts a message needs. */
export interface CodeIssueFacts {
  /** How many digits the field holds. */
  count: number;
  /** The prefix on screen. */
  prefix: string;
  /** The prefix of a pasted code from another SMS. */
  otherPrefix?: string;
}

/** The message for `issue`, in the current locale. */
export function codeIssueMessage(issue: CodeIssue, facts: CodeIssueFacts): string {
  const { count, prefix, otherPrefix = '' } = facts;
  switch (issue) {
    case 'letters':
      return msg('Typ alleen cijfers. Letters en andere tekens worden niet overgenomen.', {
        id: 'ui.code.letters',
      });
    case 'prefix':
      return msg(
        str`Deze code begint met ${otherPrefix}. Gebruik de code die begint met ${prefix}.`,
        { id: 'ui.code.otherPrefix' },
      );
    case 'empty':
      return msg('Vul de code uit de sms in.', { id: 'ui.code.empty' });
    case 'short':
      return msg(str`Vul alle ${CODE_LENGTH} cijfers in. Nu zijn het er ${count}.`, {
        id: 'ui.code.short',
      });
    case 'long':
      return msg(str`De code heeft ${CODE_LENGTH} cijfers. Nu zijn het er ${count}.`, {
        id: 'ui.code.long',
      });
  }
}
