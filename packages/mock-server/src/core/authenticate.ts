import { ProblemError } from './problem.js';
import { SESSION_COOKIE } from './cookies.js';
import type { RouteContext } from './context.js';
import type { MockRuntime } from './runtime.js';
import type { Db } from '../store/db.js';
import type { SessionRecord } from '../store/types.js';
import { needsSession } from '../validation/operations.js';

/** Operations that read the session without extending it. */
const notExtending = new Set(['getSession']);

/** Whether a session is past its idle or absolute limit at `now`. */
export function isExpired(db: Db, session: SessionRecord, now: number): boolean {
  return (
    now >= session.expiresAt || now - session.lastSeenAt >= db.settings.idleTimeoutSeconds * 1000
  );
}

/** The live session of a request, if any (expired sessions are ended on the way). */
export function findSession(
  db: Db,
  cookies: Record<string, string>,
  now: number,
): SessionRecord | 'expired' | undefined {
  const id = cookies[SESSION_COOKIE];
  const session = id ? db.sessions.get(id) : undefined;
  if (!session || session.ended) return undefined;
  if (isExpired(db, session, now)) {
    session.ended = true;
    return 'expired';
  }
  return session;
}

/**
 * Puts the session, user, client and grant on the context, or refuses: 401 without a live
 * session (or mid sign-in outside `/auth`), 404 for a client the person may not act for, 403 for a
 * section not granted.
 */
export function authenticate(rt: MockRuntime, ctx: RouteContext): void {
  const { db, op, now } = ctx;
  if (!needsSession(op)) return;
  const found = findSession(db, ctx.cookies, now);
  if (found === 'expired')
    throw new ProblemError(401, 'session_expired', 'The session has ended; sign in again.');
  if (!found) throw new ProblemError(401, 'unauthenticated', 'Sign in first.');
  const user = db.users.get(found.userId);
  if (!user) throw new ProblemError(401, 'unauthenticated', 'Sign in first.');
  const inSignIn = op.path.startsWith('/auth/');
  if (!inSignIn && found.step !== 'signed-in') {
    throw new ProblemError(
      401,
      'unauthenticated',
      `Finish signing in first (step: ${found.step}).`,
    );
  }
  if (!notExtending.has(op.operationId)) found.lastSeenAt = now;
  ctx.session = found;
  ctx.user = user;
  const clientId = ctx.params.clientId;
  if (clientId === undefined) return;
  const grant = db.grants.find(
    (g) => g.clientId === clientId && g.userId === user.id && g.status === 'active',
  );
  const client = db.clients.get(clientId);
  if (!grant || !client) throw new ProblemError(404, 'not_found', 'No such client.');
  if (op.section && !grant.sections.includes(op.section as never)) {
    throw new ProblemError(
      403,
      'forbidden_section',
      `The section '${op.section}' was not granted for this client.`,
    );
  }
  ctx.client = client;
  ctx.grant = grant;
  void rt;
}
