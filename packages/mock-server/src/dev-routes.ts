// The developer's side of the HTTP mock, under /__dev/ (never part of the API or the contract):
// what the mock "sent", and the care organisation's own hands (the care team answering a
// correction request, the planner answering a visit change request, a fresh start). The demo's
// "Demo-hulp" panel uses them; so can a developer with curl.
import type { MockBackend } from './backend.js';
import { answerCorrectionRequest, correctionRequests } from './handlers/corrections.js';
import { answerVisitChange, openVisitChanges } from './handlers/visit-changes.js';

/** What a developer route answers: a status and a JSON body. */
export interface DevAnswer {
  status: number;
  body: unknown;
}

/** The path prefix of the developer routes. */
export const DEV_PATH = '/__dev/';

const statuses = new Set(['in-progress', 'corrected', 'declined']);

/** Reads a JSON object body; anything else is an empty object. */
function objectOf(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const refused = (why: string): DevAnswer => ({ status: 400, body: { error: why } });

/**
 * Answers a developer route, or `undefined` when `path` is none:
 * - `GET /__dev/outbox`: every SMS and e-mail the mock "sent", oldest first;
 * - `GET /__dev/corrections`: the correction requests the care team has not finished;
 *   `POST /__dev/corrections/{id}` `{ status: 'in-progress' | 'corrected' | 'declined', reason }`;
 * - `GET /__dev/visit-changes`: the appointments with an open visit change request;
 *   `POST /__dev/visit-changes/{appointmentId}` `{ accept: boolean, text }`;
 * - `POST /__dev/reset`: fresh data, and every session ends.
 */
export function devRoute(
  backend: MockBackend,
  method: string,
  path: string,
  body: Buffer,
): DevAnswer | undefined {
  if (!path.startsWith(DEV_PATH)) return undefined;
  const [what, id] = path.slice(DEV_PATH.length).split('/');
  const now = backend.clock.now();
  const { db } = backend;
  if (method === 'GET' && what === 'outbox') return { status: 200, body: backend.outbox() };
  if (method === 'POST' && what === 'reset' && !id) {
    backend.reset();
    return { status: 200, body: { reset: true } };
  }
  if (what === 'corrections') {
    if (method === 'GET' && !id) {
      const open = correctionRequests(db).filter((r) => ['sent', 'in-progress'].includes(r.status));
      return { status: 200, body: open };
    }
    if (method !== 'POST' || !id) return { status: 405, body: { error: 'GET, or POST to an id' } };
    const { status, reason } = objectOf(body);
    if (typeof status !== 'string' || !statuses.has(status)) return refused('status');
    if (status === 'declined' && !(typeof reason === 'string' && reason.trim())) {
      return refused('a declined request needs a reason');
    }
    if (!correctionRequests(db).some((r) => r.id === id)) return { status: 404, body: {} };
    const answered = answerCorrectionRequest(
      db,
      now,
      id,
      status as 'in-progress' | 'corrected' | 'declined',
      typeof reason === 'string' ? reason : undefined,
    );
    return { status: 200, body: answered };
  }
  if (what === 'visit-changes') {
    if (method === 'GET' && !id) return { status: 200, body: openVisitChanges(db) };
    if (method !== 'POST' || !id) return { status: 405, body: { error: 'GET, or POST to an id' } };
    const { accept, text } = objectOf(body);
    if (typeof accept !== 'boolean') return refused('accept');
    const done = answerVisitChange(db, now, id, {
      accept,
      text: typeof text === 'string' ? text : undefined,
    });
    if (!done) return { status: 404, body: {} };
    return { status: 200, body: { answered: true } };
  }
  return { status: 404, body: { error: `no developer route ${path}` } };
}
