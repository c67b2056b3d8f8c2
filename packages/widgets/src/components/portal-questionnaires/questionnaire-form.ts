// The questions of an open questionnaire as form fields, and the checks before sending.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { Answer } from '../../generated/contract-facts.js';
import {
  fieldMessage,
  textAreaField,
  textProblem,
  type FormProblems,
} from '../../ui/forms/index.js';

type Question = Schemas['Question'];
/** An answer's value: text, a whole number (scale) or yes/no. */
export type AnswerValue = Schemas['Answer']['value'];
/** The answers given so far, by question id. */
export type Answers = Record<string, AnswerValue>;

/** The longest text answer the server takes (the text kind of the contract's `Answer.value`). */
const TEXT_MAX = Answer.value.oneOf.flatMap((kind) =>
  'maxLength' in kind ? [kind.maxLength] : [],
)[0];

/** The id of a question's field (the summary links to it). */
export const fieldId = (q: Question) => `question-${q.id}`;

/** The options of a question that is answered by choosing: value and label. */
function options(q: Question): [AnswerValue, string][] {
  switch (q.type) {
    case 'yes-no':
      return [
        [true, msg('Ja', { id: 'questionnaires.yes' })],
        [false, msg('Nee', { id: 'questionnaires.no' })],
      ];
    case 'scale': {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      return Array.from({ length: max - min + 1 }, (_, i) => [min + i, String(min + i)]);
    }
    default:
      return (q.options ?? []).map((o) => [o, o]);
  }
}

function label(q: Question): TemplateResult {
  const optional = q.required
    ? nothing
    : html` <span class="optional">${msg('(niet verplicht)', { id: 'form.optional' })}</span>`;
  return html`${q.text}${optional}`;
}

function scaleHint(q: Question) {
  if (q.type !== 'scale') return nothing;
  return html`<p class="hint" id="${fieldId(q)}-hint">
    ${msg(str`${q.min ?? 1} is het laagst, ${q.max ?? 5} het hoogst.`, {
      id: 'questionnaires.scaleHint',
    })}
  </p>`;
}

/** One question: a text area, or a group of radio buttons. */
export function questionField(
  q: Question,
  value: AnswerValue | undefined,
  error: string | undefined,
  change: (value: AnswerValue) => void,
): TemplateResult {
  const id = fieldId(q);
  const invalid = error ? 'true' : 'false';
  if (q.type === 'text') {
    return html`<div class="question">
      ${textAreaField({
        id,
        name: id,
        label: q.text,
        value: typeof value === 'string' ? value : '',
        error,
        required: q.required,
        maxLength: TEXT_MAX,
        rows: 4,
        onInput: change,
      })}
    </div>`;
  }
  return html`<fieldset
    class="question"
    id=${id}
    tabindex="-1"
    aria-invalid=${invalid}
    aria-describedby="${q.type === 'scale' ? `${id}-hint ` : ''}${id}-error"
  >
    <legend>${label(q)}</legend>
    ${scaleHint(q)} ${fieldMessage(id, error)}
    <div class="choices ${q.type}">
      ${options(q).map(
        ([v, text]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name=${id}
              .checked=${live(value === v)}
              @change=${() => change(v)}
            />${text}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** Whether a value counts as an answer (text with only spaces does not). */
export const answered = (value: AnswerValue | undefined) =>
  value !== undefined && (typeof value !== 'string' || value.trim() !== '');

/** Puts a message next to every required question without an answer. */
export function checkAnswers(questions: Question[], answers: Answers, problems: FormProblems) {
  for (const q of questions) {
    const value = answers[q.id];
    if (q.type === 'text' && typeof value === 'string' && answered(value)) {
      problems.set(
        fieldId(q),
        textProblem(value.trim(), { max: TEXT_MAX }, () => ''),
      );
    }
    if (q.required && !answered(value)) {
      problems.set(
        fieldId(q),
        q.type === 'text'
          ? msg('Vul hier een antwoord in.', { id: 'questionnaires.missingText' })
          : msg('Kies een antwoord.', { id: 'questionnaires.missingChoice' }),
      );
    }
  }
}

/** The server's word on the answers (`body.answers.<i>.value`) next to their questions. */
export function serverProblems(
  error: unknown,
  sent: Schemas['Answer'][],
  questions: Question[],
  problems: FormProblems,
): boolean {
  const errors = (error as { fieldErrors?: Schemas['FieldError'][] }).fieldErrors ?? [];
  let placed = false;
  for (const e of errors) {
    const index = /^body\.answers\.(\d+)\./.exec(e.field)?.[1];
    const q = questions.find((x) => x.id === sent[Number(index)]?.questionId);
    if (!q) continue;
    problems.set(
      fieldId(q),
      msg('Dit antwoord past niet bij de vraag. Kies of typ een ander antwoord.', {
        id: 'questionnaires.answerRefused',
      }),
    );
    placed = true;
  }
  return placed;
}
