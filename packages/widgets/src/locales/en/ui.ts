// English for the internal UI pieces (packages/widgets/src/ui), merged by ../en.ts.
import { str } from '@lit/localize';

export const ui = {
  'ui.dialog.close': 'Close',
  'ui.code.label': 'Code from the text message',
  'ui.code.prefix': str`Code starts with ${0}`,
  'ui.code.sentTo': str`Code sent to ${0}`,
  'ui.code.letters': 'Type digits only. Letters and other characters are left out.',
  'ui.code.otherPrefix': str`This code starts with ${0}. Use the code that starts with ${1}.`,
  'ui.code.empty': 'Enter the code from the text message.',
  'ui.code.short': str`Enter all ${0} digits. You have entered ${1}.`,
  'ui.code.long': str`The code has ${0} digits. You have entered ${1}.`,
};
