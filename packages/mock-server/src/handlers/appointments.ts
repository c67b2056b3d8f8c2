import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { empty, json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import { newId } from '../store/db.js';
import type { AppointmentRecord, UserRecord } from '../store/types.js';
import { DAY, iso } from './shared.js';
import { startOfLocalDay } from './start-zone.js';
import { toAuthor, userAuthor } from './messages-people.js';

type S = components['schemas'];
type Input = S['AppointmentInput'];

/**
 * An appointment as stored, with the moment it was added (for "new since your last visit"). The
 * contract's record type has no such field yet, so it rides along and is never sent out.
 */
export type StoredAppointment = AppointmentRecord & { createdAt?: number };

/** Whether a person sees an appointment: care ones and public own ones; private ones only their maker. */
export function canSeeAppointment(a: AppointmentRecord, user: UserRecord): boolean {
  return a.kind === 'care' || a.visibility === 'public' || a.createdByUserId === user.id;
}

/** An appointment as the contract shows it to this person. */
export function toAppointment(stored: StoredAppointment, user: UserRecord): S['Appointment'] {
  const a = stored;
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    start: a.start,
    end: a.end,
    ...(a.location !== undefined ? { location: a.location } : {}),
    ...(a.notes !== undefined ? { notes: a.notes } : {}),
    visibility: a.visibility,
    ...(a.createdBy ? { createdBy: toAuthor(a.createdBy) } : {}),
    editable: a.kind === 'own' && a.createdByUserId === user.id,
    ...(a.changeRequest ? { changeRequest: { ...a.changeRequest } } : {}),
  };
}

function fieldError(field: string, code: string, message: string): ProblemError {
  return new ProblemError(400, 'validation_failed', `${field} ${message}.`, {
    errors: [{ field, code, message }],
  });
}

/** The period asked for: from today's local midnight, 30 days long unless `to` says otherwise. */
function period(ctx: RouteContext): { from: number; to: number } {
  const fromText = ctx.query.get('from');
  const toText = ctx.query.get('to');
  const from = fromText ? Date.parse(fromText) : startOfLocalDay(ctx.now);
  const to = toText ? Date.parse(toText) : from + 30 * DAY;
  if (to <= from) throw fieldError('query.to', 'range', 'must be after from');
  if (to - from > 366 * DAY)
    throw fieldError('query.to', 'range', 'the period may be at most 366 days');
  return { from, to };
}

/**
 * The times' rules (see `AppointmentInput`): a new start, or a moved one, not in the past; the
 * end after the start. `previous` is the stored start of a change.
 */
function checkTimes(input: Input, now: number, previous?: string): void {
  const start = Date.parse(input.start);
  const moved = previous === undefined || start !== Date.parse(previous);
  if (moved && start < now) throw fieldError('body.start', 'past', 'must not be in the past');
  if (Date.parse(input.end) <= start) throw fieldError('body.end', 'range', 'must be after start');
}

/** The appointment this person may change, or the problem a strict server answers. */
function ownAppointment(ctx: RouteContext): StoredAppointment {
  const { user, client } = scoped(ctx);
  const found = ctx.db.appointments.find(
    (a) => a.id === ctx.params.appointmentId && a.clientId === client.id,
  );
  // Someone else's private appointment does not exist for this person.
  if (!found || !canSeeAppointment(found, user))
    throw new ProblemError(404, 'not_found', 'No such appointment.');
  if (found.kind === 'care')
    throw new ProblemError(403, 'read_only', 'Care appointments are planned by the care team.');
  if (found.createdByUserId !== user.id)
    throw new ProblemError(403, 'read_only', 'Only the person who added it can change it.');
  return found;
}

/** Copies an input onto a record; absent optional fields are cleared, as a PUT replaces. */
function apply(target: StoredAppointment, input: Input): void {
  target.title = input.title;
  target.start = iso(Date.parse(input.start));
  target.end = iso(Date.parse(input.end));
  target.visibility = input.visibility;
  if (input.location !== undefined) target.location = input.location;
  else delete target.location;
  if (input.notes !== undefined) target.notes = input.notes;
  else delete target.notes;
}

function list(ctx: RouteContext) {
  const { user, client } = scoped(ctx);
  const { from, to } = period(ctx);
  const items = ctx.db.appointments
    .filter((a) => a.clientId === client.id && canSeeAppointment(a, user))
    .filter((a) => Date.parse(a.start) < to && Date.parse(a.end) > from)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
  return json({ items: items.map((a) => toAppointment(a, user)) });
}

function create(ctx: RouteContext<Input>) {
  const { user, client, grant } = scoped(ctx);
  checkTimes(ctx.body, ctx.now);
  const record: StoredAppointment = {
    id: newId(ctx.db, 'ap'),
    clientId: client.id,
    kind: 'own',
    title: '',
    start: '',
    end: '',
    visibility: 'private',
    createdBy: userAuthor(user, grant),
    createdByUserId: user.id,
    createdAt: ctx.now,
  };
  apply(record, ctx.body);
  ctx.db.appointments.push(record);
  return json(toAppointment(record, user), 201);
}

/** Care appointments (read only) and own appointments, public or private (C7). */
export function appointmentHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listAppointments', list),
    route<Input>(rt, 'createAppointment', create),
    route<Input>(rt, 'updateAppointment', (ctx) => {
      const found = ownAppointment(ctx);
      checkTimes(ctx.body, ctx.now, found.start);
      apply(found, ctx.body);
      return json(toAppointment(found, scoped(ctx).user));
    }),
    route(rt, 'deleteAppointment', (ctx) => {
      const found = ownAppointment(ctx);
      ctx.db.appointments.splice(ctx.db.appointments.indexOf(found), 1);
      return empty();
    }),
  ];
}
