import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import type { MockRuntime } from '../core/runtime.js';
import { newId, type Db } from '../store/db.js';
import type { CorrectionRecord } from '../store/types.js';
import { iso } from './shared.js';
import { idKey, notBlank } from './record-shared.js';

type S = components['schemas'];

/** The store's requests (a store persisted before they existed has none yet). */
export function correctionRequests(db: Db): CorrectionRecord[] {
  return (db.correctionRequests ??= []);
}

/** The request in the contract's shape. */
function toRequest(db: Db, r: CorrectionRecord): S['CorrectionRequest'] {
  const report =
    r.subject.kind === 'report' ? db.reports.find((x) => x.id === r.subject.reportId) : undefined;
  return {
    id: r.id,
    subject: { ...r.subject },
    ...(report ? { reportTitle: report.title } : {}),
    wrong: r.wrong,
    correct: r.correct,
    status: r.status,
    ...(r.declineReason ? { declineReason: r.declineReason } : {}),
    requestedBy: r.requestedBy,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

const fieldError = (field: string, code: string, message: string) =>
  new ProblemError(400, 'validation_failed', `${field} ${message}.`, {
    errors: [{ field, code, message }],
  });

/** The subject checked: a profile detail, or a report of this client the person may see. */
function checkSubject(ctx: RouteContext, subject: S['CorrectionSubject']): S['CorrectionSubject'] {
  const { client, grant } = scoped(ctx);
  if (subject.kind === 'profile') {
    if (!subject.field || subject.reportId) {
      throw fieldError('body.subject.field', 'required', 'must name the profile detail');
    }
    return { kind: 'profile', field: subject.field };
  }
  if (!subject.reportId || subject.field) {
    throw fieldError('body.subject.reportId', 'required', 'must name the report');
  }
  if (!grant.sections.includes('reports')) {
    throw new ProblemError(403, 'forbidden_section', "The section 'reports' was not granted.");
  }
  const report = ctx.db.reports.find((r) => r.id === subject.reportId && r.clientId === client.id);
  if (!report) throw new ProblemError(404, 'not_found', 'No such report.');
  return { kind: 'report', reportId: report.id };
}

function createCorrectionRequest(ctx: RouteContext<S['CorrectionRequestInput']>) {
  const { user, client } = scoped(ctx);
  const { body, db, now } = ctx;
  const subject = checkSubject(ctx, body.subject);
  const record: CorrectionRecord = {
    id: newId(db, 'cr'),
    clientId: client.id,
    subject,
    wrong: notBlank(body.wrong, 'body.wrong'),
    correct: notBlank(body.correct, 'body.correct'),
    status: 'sent',
    requestedBy: user.name,
    requestedByUserId: user.id,
    createdAt: now,
    updatedAt: now,
  };
  correctionRequests(db).push(record);
  return json(toRequest(db, record), 201);
}

function listCorrectionRequests(ctx: RouteContext) {
  const { client, grant } = scoped(ctx);
  const reports = grant.sections.includes('reports');
  const mine = correctionRequests(ctx.db).filter(
    (r) => r.clientId === client.id && (reports || r.subject.kind !== 'report'),
  );
  const newest = [...mine].sort(
    (a, b) => b.createdAt - a.createdAt || idKey(b.id).localeCompare(idKey(a.id)),
  );
  return json(newest.map((r) => toRequest(ctx.db, r)));
}

/**
 * The care team answers a request (the demo's developer panel plays the care team): it is being
 * handled, corrected, or declined with a reason. Only the care team changes the record itself.
 */
export function answerCorrectionRequest(
  db: Db,
  now: number,
  id: string,
  status: Exclude<S['CorrectionStatus'], 'sent'>,
  declineReason?: string,
): CorrectionRecord {
  const request = correctionRequests(db).find((r) => r.id === id);
  if (!request) throw new Error(`No correction request ${id}`);
  if (status === 'declined' && !declineReason?.trim()) {
    throw new Error('A declined request needs a reason');
  }
  request.status = status;
  request.updatedAt = now;
  if (status === 'declined') request.declineReason = declineReason!.trim();
  else delete request.declineReason;
  return request;
}

/** Correction requests to the care team (X11). */
export function correctionHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listCorrectionRequests', listCorrectionRequests),
    route<S['CorrectionRequestInput']>(rt, 'createCorrectionRequest', createCorrectionRequest),
  ];
}
