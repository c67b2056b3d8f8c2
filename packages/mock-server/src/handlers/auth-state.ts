import type { components } from '@clientportal/sdk/generated';
import type { RouteContext } from '../core/context.js';
import { toChallenge } from '../core/challenges.js';
import { passwordRules } from '../core/passwords.js';
import { ProblemError } from '../core/problem.js';
import { SESSION_COOKIE, setCookie } from '../core/cookies.js';
import { randomToken } from '../core/ids.js';
import { digest } from '../core/secrets.js';
import type { Db } from '../store/db.js';
import type { InvitationRecord, SessionRecord, SignInStep, UserRecord } from '../store/types.js';

type SignInState = components['schemas']['SignInState'];

/** Usernames compare as people type them: `E.Jansen ` is `e.jansen`. */
export const normaliseUsername = (name: string) => name.trim().toLowerCase();

/** The account with this username, if any. */
export function findUser(db: Db, username: string): UserRecord | undefined {
  const wanted = normaliseUsername(username);
  return [...db.users.values()].find((u) => normaliseUsername(u.username) === wanted);
}

/**
 * Invitations still waiting for this user's answer. One whose access row was removed meanwhile
 * no longer counts, so it cannot hold the user in the `invitations` step.
 */
export function pendingInvitations(db: Db, user: UserRecord): InvitationRecord[] {
  return db.invitations.filter(
    (i) =>
      i.userId === user.id && i.status === 'pending' && db.grants.some((g) => g.id === i.grantId),
  );
}

/** The step that comes after the code, for the user as they are now. */
function stepAfterCode(db: Db, user: UserRecord): SignInStep {
  if (user.mustChangePassword) return 'password-change';
  if (user.acceptedTermsVersion !== db.settings.terms.version) return 'terms';
  if (pendingInvitations(db, user).length) return 'invitations';
  return 'signed-in';
}

/**
 * Moves a session past the step just completed. Reaching `signed-in` records the visit, so the
 * start screen can tell what is new since the previous one; a signed-in session stays signed in.
 */
export function advance(db: Db, now: number, session: SessionRecord, user: UserRecord): void {
  if (session.step === 'signed-in') return;
  session.step = stepAfterCode(db, user);
  if (session.step === 'signed-in') {
    user.previousSignInAt = user.lastSignInAt;
    user.lastSignInAt = now;
  }
}

/** The session and user, when the session is in one of `steps`; else `409 step_out_of_order`. */
export function requireStep(
  ctx: RouteContext,
  ...steps: SignInStep[]
): { user: UserRecord; session: SessionRecord } {
  const { user, session } = ctx;
  if (!user || !session) throw new Error(`${ctx.op.operationId} requires a session`);
  if (!steps.includes(session.step)) {
    throw new ProblemError(
      409,
      'step_out_of_order',
      `This cannot be done in the sign-in step '${session.step}'.`,
    );
  }
  return { user, session };
}

/**
 * Gives the session a new id and ends the old one, at each step that raises what the session may
 * do (code verified, password changed, signed in): a copy of the id taken before is worth nothing
 * (OWASP ASVS V3). Returns the new session and the cookie that carries it.
 */
export async function renewSession(
  db: Db,
  session: SessionRecord,
): Promise<{ session: SessionRecord; cookie: string }> {
  const value = randomToken();
  const renewed: SessionRecord = { ...session, id: await digest(value) };
  session.ended = true;
  db.sessions.set(renewed.id, renewed);
  return { session: renewed, cookie: setCookie(SESSION_COOKIE, value) };
}

/** Ends every live session of a user, except `keep` (the one making the request). */
export function endSessions(db: Db, userId: string, keep?: string): void {
  for (const s of db.sessions.values()) {
    if (s.userId === userId && s.id !== keep) s.ended = true;
  }
}

/** Where the session's sign-in stands, with what the current step needs on screen. */
export function signInState(db: Db, session: SessionRecord, user: UserRecord): SignInState {
  const state: SignInState = {
    step: session.step,
    codePolicy: db.settings.codePolicy,
    passwordRules: { ...passwordRules },
  };
  if (session.step === 'code') {
    const open = [...db.challenges.values()].filter(
      (c) => c.sessionId === session.id && c.purpose === 'sign-in' && c.state === 'open',
    );
    const latest = open.at(-1);
    if (latest) state.challenge = toChallenge(latest, user);
  }
  if (session.step === 'terms') state.termsVersion = db.settings.terms.version;
  if (session.step === 'invitations')
    state.pendingInvitations = pendingInvitations(db, user).length;
  return state;
}
