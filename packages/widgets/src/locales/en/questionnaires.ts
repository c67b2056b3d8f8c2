// English for <portal-questionnaires>, merged by ../en.ts.
import { str } from '@lit/localize';

export const questionnaires = {
  'questionnaires.title': 'Questionnaires',
  'questionnaires.yes': 'Yes',
  'questionnaires.no': 'No',
  'questionnaires.scaleHint': str`${0} is the lowest, ${1} the highest.`,
  'questionnaires.missingText': 'Please fill in an answer here.',
  'questionnaires.missingChoice': 'Please choose an answer.',
  'questionnaires.answerRefused':
    'This answer does not fit the question. Choose or type another answer.',
  'questionnaires.sent': str`Thank you. Your answers to "${0}" have been sent.`,
  'questionnaires.empty': 'There are no questionnaires for you.',
  'questionnaires.openHeading': 'To fill in',
  'questionnaires.completedHeading': 'Completed',
  'questionnaires.completedOn': str`Completed on ${0}`,
  'questionnaires.due': str`Please fill in before ${0}`,
  'questionnaires.sentOn': str`Sent on ${0}`,
  'questionnaires.fillIn': 'Fill in',
  'questionnaires.view': 'View',
  'questionnaires.back': 'Back to the questionnaires',
  'questionnaires.submit': 'Send',
  'questionnaires.unanswered': 'Not answered',
};
