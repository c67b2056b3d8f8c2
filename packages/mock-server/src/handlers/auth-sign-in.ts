import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, signedIn, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { createChallenge, verifyChallenge } from '../core/challenges.js';
import { DEVICE_COOKIE, SESSION_COOKIE, setCookie } from '../core/cookies.js';
import { randomToken } from '../core/ids.js';
import { digest, hashPassword, verifyPassword, type PasswordHash } from '../core/secrets.js';
import type { Db } from '../store/db.js';
import type { SessionRecord, UserRecord } from '../store/types.js';
import { assertNotThrottled, refuseCredentials, signInAttemptsKey } from './auth-limits.js';
import { requestSource } from '../core/limits.js';
import { advance, findUser, renewSession, requireStep, signInState } from './auth-state.js';

type S = components['schemas'];

/** How long a trusted device stays trusted in the browser: one year. */
const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Ends the session the request still carries, so every sign-in gets a fresh session id. */
function endCurrentSession(db: Db, cookies: Record<string, string>): void {
  const id = cookies[SESSION_COOKIE];
  const previous = id ? db.sessions.get(id) : undefined;
  if (previous) previous.ended = true;
}

/** A new session at the code step; the cookie carries `value`, the store only its digest. */
function startSession(db: Db, now: number, user: UserRecord, id: string): SessionRecord {
  const session: SessionRecord = {
    id,
    userId: user.id,
    step: 'code',
    deviceId: null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + db.settings.absoluteTimeoutSeconds * 1000,
    ended: false,
  };
  db.sessions.set(session.id, session);
  return session;
}

/** The request's device id when this user trusted that device before (policy `new-device`). */
function trustedDevice(
  db: Db,
  cookies: Record<string, string>,
  user: UserRecord,
): string | undefined {
  if (db.settings.codePolicy !== 'new-device') return undefined;
  const device = cookies[DEVICE_COOKIE];
  return device && user.trustedDevices.has(device) ? device : undefined;
}

/**
 * The device to trust: a new id (its digest kept, its cookie set for a full year), also when the
 * device is trusted again, so its cookie lives a year from now and the old value stops working.
 * Whoever already trusted the device under its old id keeps that trust under the new one, so two
 * people sharing a computer do not undo each other's trust. `cookies` holds digests (see the
 * route).
 */
async function deviceToTrust(
  db: Db,
  cookies: Record<string, string>,
): Promise<{ id: string; cookie: string }> {
  const value = randomToken();
  const id = await digest(value);
  const current = cookies[DEVICE_COOKIE];
  for (const user of db.users.values()) {
    if (current === undefined || !user.trustedDevices.delete(current)) continue;
    user.trustedDevices.add(id);
  }
  for (const session of db.sessions.values()) {
    if (current !== undefined && session.deviceId === current) session.deviceId = id;
  }
  return { id, cookie: setCookie(DEVICE_COOKIE, value, DEVICE_MAX_AGE_SECONDS) };
}

/** A hash to check a password against when the username is unknown, so both take as long. */
const unknownUserHashes = new Map<number, Promise<PasswordHash>>();

/** Whether the username exists and the password is its password (as slow either way). */
async function passwordMatches(
  db: Db,
  user: UserRecord | undefined,
  password: string,
): Promise<boolean> {
  if (user) return verifyPassword(password, user.passwordHash);
  const iterations = db.settings.passwordIterations;
  if (!unknownUserHashes.has(iterations))
    unknownUserHashes.set(iterations, hashPassword(randomToken(), iterations));
  await verifyPassword(password, await unknownUserHashes.get(iterations)!);
  return false;
}

async function signIn(ctx: RouteContext<S['SignInRequest']>) {
  const { db, now, body, cookies } = ctx;
  const source = requestSource(ctx.request);
  assertNotThrottled(db, body.username, source, now);
  const user = findUser(db, body.username);
  const sessionValue = randomToken();
  const sessionId = await digest(sessionValue);
  if (!(await passwordMatches(db, user, body.password)) || !user)
    refuseCredentials(db, body.username, source, now);
  db.rate.delete(signInAttemptsKey(body.username));
  endCurrentSession(db, cookies);
  const session = startSession(db, now, user, sessionId);
  const device = trustedDevice(db, cookies, user);
  if (device) {
    session.deviceId = device;
    advance(db, now, session, user);
  } else if (db.settings.codePolicy === 'new-device') {
    await createChallenge(db, now, session, user, { purpose: 'sign-in' });
  }
  return {
    status: 200,
    body: signInState(db, session, user),
    cookies: [setCookie(SESSION_COOKIE, sessionValue)],
  };
}

async function verifySignInCode(ctx: RouteContext<S['VerifyCodeRequest']>) {
  const { db, now, body } = ctx;
  const { user, session } = requireStep(ctx, 'code');
  await verifyChallenge(db, now, session, body.challengeId, body.code, { purpose: 'sign-in' });
  const renewed = await renewSession(db, session);
  const setCookies: string[] = [renewed.cookie];
  if (body.trustDevice && db.settings.codePolicy === 'new-device') {
    const device = await deviceToTrust(db, ctx.cookies);
    user.trustedDevices.add(device.id);
    renewed.session.deviceId = device.id;
    setCookies.push(device.cookie);
  }
  advance(db, now, renewed.session, user);
  return { status: 200, body: signInState(db, renewed.session, user), cookies: setCookies };
}

/** Signing in with the password, the SMS code step, the state, and signing out. */
export function signInHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route<S['SignInRequest']>(rt, 'signIn', signIn),
    route(rt, 'getSignInState', (ctx) => {
      const { user, session } = signedIn(ctx);
      return json(signInState(ctx.db, session, user));
    }),
    route(rt, 'requestSignInCode', async (ctx) => {
      const { user, session } = requireStep(ctx, 'code');
      await createChallenge(ctx.db, ctx.now, session, user, { purpose: 'sign-in' });
      return json(signInState(ctx.db, session, user));
    }),
    route<S['VerifyCodeRequest']>(rt, 'verifySignInCode', verifySignInCode),
    route(rt, 'signOut', (ctx) => {
      endCurrentSession(ctx.db, ctx.cookies);
      return { status: 204, cookies: [setCookie(SESSION_COOKIE, '', 0)] };
    }),
  ];
}
