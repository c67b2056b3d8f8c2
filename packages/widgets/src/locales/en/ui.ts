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
  'ui.period.label': 'Period',
  'ui.period.last7Days': 'Last 7 days',
  'ui.period.lastMonth': 'Last month',
  'ui.period.lastYear': 'Last year',
  'ui.period.custom': 'Choose a period…',
  'ui.period.from': 'From',
  'ui.period.to': 'Up to and including',
  'ui.period.fromMissing': 'Enter a start date.',
  'ui.period.toMissing': 'Enter an end date.',
  'ui.period.future': 'This date is in the future. Choose today or earlier.',
  'ui.period.tooEarly': str`Choose a date from ${0} onwards.`,
  'ui.period.toBeforeFrom': 'The end date is before the start date.',
  'ui.list.loading': 'Loading more…',
  'ui.list.loadMore': 'Load more',
};
