// English for the "Klopt dit niet?" form (ui/correction), used beside profile details and reports.
import { str } from '@lit/localize';

export const corrections = {
  'correction.toggle': 'Is this wrong?',
  'correction.heading': 'Ask for a correction',
  'correction.headingFor': str`Ask for a correction: ${0}`,
  'correction.wrong': 'What is wrong?',
  'correction.correct': 'What should it be?',
  'correction.wrongMissing': 'Write what is wrong.',
  'correction.correctMissing': 'Write what it should be.',
  'correction.oneLine': 'Write this on one line.',
  'correction.submit': 'Send to the care team',
  'correction.cancel': 'Cancel',
  'correction.sent':
    'Your request has been sent to the care team. You will see the answer under My details.',
};
