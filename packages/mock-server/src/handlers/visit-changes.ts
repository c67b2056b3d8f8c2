import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import { newId, type Db } from '../store/db.js';
import { iso } from './shared.js';
import { notBlank } from './record-shared.js';
import { canSeeAppointment, toAppointment } from './appointments.js';

type S = components['schemas'];
type Input = S['VisitChangeRequestInput'];

function fieldError(field: string, code: string, message: string): ProblemError {
  return new ProblemError(400, 'validation_failed', `${field} ${message}.`, {
    errors: [{ field, code, message }],
  });
}

/** The care appointment a change may be asked for: visible, not started, none open. */
function careAppointment(ctx: RouteContext) {
  const { user, client } = scoped(ctx);
  const found = ctx.db.appointments.find(
    (a) => a.id === ctx.params.appointmentId && a.clientId === client.id,
  );
  if (!found || !canSeeAppointment(found, user))
    throw new ProblemError(404, 'not_found', 'No such appointment.');
  if (found.kind !== 'care')
    throw new ProblemError(403, 'read_only', 'Own appointments are changed directly.');
  if (Date.parse(found.start) <= ctx.now)
    throw new ProblemError(403, 'read_only', 'This visit has started or is over.');
  if (found.changeRequest?.status === 'sent')
    throw new ProblemError(409, 'read_only', 'A request for this visit is waiting for an answer.');
  return found;
}

/** "Ik ben er niet" or "Kan het op een ander moment?" on a care appointment (X10). */
function requestVisitChange(ctx: RouteContext<Input>) {
  const { user } = scoped(ctx);
  const { body, now } = ctx;
  const found = careAppointment(ctx);
  const reason = notBlank(body.reason, 'body.reason');
  if (body.kind === 'reschedule' && !body.proposedStart)
    throw fieldError('body.proposedStart', 'required', 'is required to move a visit');
  if (body.proposedStart && Date.parse(body.proposedStart) <= now)
    throw fieldError('body.proposedStart', 'past', 'must lie in the future');
  found.changeRequest = {
    id: newId(ctx.db, 'vc'),
    kind: body.kind,
    reason,
    ...(body.proposedStart ? { proposedStart: iso(Date.parse(body.proposedStart)) } : {}),
    status: 'sent',
    createdAt: iso(now),
  };
  return json(toAppointment(found, user), 201);
}

/**
 * The planner's answer to the open request on an appointment (the demo's developer panel plays
 * the planner). Accepting a move puts the visit at the proposed time, as long as before.
 */
export function answerVisitChange(
  db: Db,
  now: number,
  appointmentId: string,
  answer: { accept: boolean; text?: string },
): boolean {
  const found = db.appointments.find((a) => a.id === appointmentId);
  const request = found?.changeRequest;
  if (!found || request?.status !== 'sent') return false;
  request.status = answer.accept ? 'accepted' : 'declined';
  request.answeredAt = iso(now);
  if (answer.text?.trim()) request.answer = answer.text.trim();
  if (answer.accept && request.kind === 'reschedule' && request.proposedStart) {
    const length = Date.parse(found.end) - Date.parse(found.start);
    found.start = request.proposedStart;
    found.end = iso(Date.parse(request.proposedStart) + length);
  }
  return true;
}

/** The open change requests, for the planner. */
export function openVisitChanges(db: Db) {
  return db.appointments.filter((a) => a.changeRequest?.status === 'sent');
}

/** Visit change requests (X10). */
export function visitChangeHandlers(rt: MockRuntime): HttpHandler[] {
  return [route<Input>(rt, 'requestVisitChange', requestVisitChange)];
}
