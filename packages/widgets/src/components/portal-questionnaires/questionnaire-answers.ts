// A given answer in words, for reading a completed questionnaire.
import { msg } from '@lit/localize';
import type { Schemas } from '@clientportal/sdk';

/** The answer to `question` as a person reads it; "Niet beantwoord" when there is none. */
export function answerText(
  question: Schemas['Question'],
  value: Schemas['Answer']['value'] | undefined,
): string {
  if (value === undefined || value === '') {
    return msg('Niet beantwoord', { id: 'questionnaires.unanswered' });
  }
  if (typeof value === 'boolean') {
    return value
      ? msg('Ja', { id: 'questionnaires.yes' })
      : msg('Nee', { id: 'questionnaires.no' });
  }
  if (question.type === 'scale') return `${value} / ${question.max ?? 5}`;
  return String(value);
}
