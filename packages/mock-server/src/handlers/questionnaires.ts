import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError, type FieldError } from '../core/problem.js';
import type { MockRuntime } from '../core/runtime.js';
import type { QuestionnaireRecord } from '../store/types.js';
import { iso } from './shared.js';

type S = components['schemas'];

/** A questionnaire as listed. */
function toSummary(q: QuestionnaireRecord): S['QuestionnaireSummary'] {
  return {
    id: q.id,
    title: q.title,
    status: q.completedAt === undefined ? 'open' : 'completed',
    sentAt: iso(q.sentAt),
    ...(q.dueAt !== undefined ? { dueAt: iso(q.dueAt) } : {}),
    ...(q.completedAt !== undefined ? { completedAt: iso(q.completedAt) } : {}),
  };
}

/** A questionnaire with its questions and, once completed, its answers. */
function toQuestionnaire(q: QuestionnaireRecord): S['Questionnaire'] {
  return {
    ...toSummary(q),
    ...(q.introduction ? { introduction: q.introduction } : {}),
    questions: structuredClone(q.questions),
    ...(q.answers ? { answers: structuredClone(q.answers) } : {}),
  };
}

function find(ctx: RouteContext): QuestionnaireRecord {
  const { client } = scoped(ctx);
  const found = ctx.db.questionnaires.find(
    (q) => q.clientId === client.id && q.id === ctx.params.questionnaireId,
  );
  if (!found) throw new ProblemError(404, 'not_found', 'No such questionnaire.');
  return found;
}

/** What is wrong with one answer's value for its question, if anything. */
function valueFault(q: S['Question'], value: S['Answer']['value']): [string, string] | undefined {
  switch (q.type) {
    case 'text':
      if (typeof value !== 'string') return ['type', 'must be text'];
      if (q.required && !value.trim()) return ['required', 'must not be empty'];
      return undefined;
    case 'choice':
      if (typeof value !== 'string') return ['type', 'must be one of the options'];
      if (!q.options?.includes(value)) return ['enum', `must be one of: ${q.options?.join(', ')}`];
      return undefined;
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value))
        return ['type', 'must be a whole number'];
      if (value < (q.min ?? -Infinity) || value > (q.max ?? Infinity))
        return ['range', `must be from ${q.min} to ${q.max}`];
      return undefined;
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : ['type', 'must be true or false'];
  }
}

/**
 * Every fault in a response: unknown or repeated questions, values of the wrong type or out of
 * range (named by their index, as the widget shows the error beside that question), and
 * required questions left out.
 */
export function answerFaults(questions: S['Question'][], answers: S['Answer'][]): FieldError[] {
  const faults: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  answers.forEach((a, i) => {
    const q = byId.get(a.questionId);
    const at = `body.answers.${i}`;
    if (!q) {
      faults.push({ field: `${at}.questionId`, code: 'unknown', message: 'no such question' });
    } else if (answered.has(q.id)) {
      faults.push({ field: `${at}.questionId`, code: 'duplicate', message: 'answered twice' });
    } else {
      answered.add(q.id);
      const fault = valueFault(q, a.value);
      if (fault) faults.push({ field: `${at}.value`, code: fault[0], message: fault[1] });
    }
  });
  for (const q of questions) {
    if (q.required && !answered.has(q.id)) {
      faults.push({
        field: 'body.answers',
        code: 'required',
        message: `question ${q.id} must be answered`,
      });
    }
  }
  return faults;
}

function submit(ctx: RouteContext<S['QuestionnaireResponseInput']>) {
  const q = find(ctx);
  if (q.completedAt !== undefined) {
    throw new ProblemError(409, 'questionnaire_completed', 'This questionnaire was filled in.');
  }
  const faults = answerFaults(q.questions, ctx.body.answers);
  if (faults.length) {
    throw new ProblemError(400, 'validation_failed', `${faults.length} answer(s) are not valid.`, {
      errors: faults,
    });
  }
  const order = q.questions.map((x) => x.id);
  q.answers = [...ctx.body.answers]
    .map((a) => ({ questionId: a.questionId, value: a.value }))
    .sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId));
  q.completedAt = ctx.now;
  return json(toQuestionnaire(q), 201);
}

/** Questionnaires (C9, X4): read them and fill in the open ones. */
export function questionnaireHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listQuestionnaires', (ctx) => {
      const { client } = scoped(ctx);
      const mine = ctx.db.questionnaires.filter((q) => q.clientId === client.id);
      return json(mine.sort((a, b) => b.sentAt - a.sentAt).map(toSummary));
    }),
    route(rt, 'getQuestionnaire', (ctx) => json(toQuestionnaire(find(ctx)))),
    route<S['QuestionnaireResponseInput']>(rt, 'submitQuestionnaire', submit),
  ];
}
