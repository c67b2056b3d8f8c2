import { ProblemError } from '../core/problem.js';
import type { Db } from '../store/db.js';
import { normaliseUsername } from './auth-state.js';

/**
 * The failure counter of a username. Kept by the name typed, not by account, so an unknown
 * username is throttled exactly like a known one and the answer tells nothing about which exist.
 */
export const signInAttemptsKey = (username: string) => `sign-in:${normaliseUsername(username)}`;

/** The failure counter of a source address. */
const sourceKey = (source: string) => `sign-in-source:${source}`;

/** Wrong passwords allowed without any wait, per username and per source. */
const FREE_ATTEMPTS = 3;
/** The longest wait a username gets: a stranger can never keep its owner out for longer. */
const MAX_USERNAME_DELAY_SECONDS = 60;
/** The longest wait a source gets (the one guessing waits longest). */
const MAX_SOURCE_DELAY_SECONDS = 15 * 60;

/** Wrong passwords within the window; older ones are forgotten. */
function recentFailures(db: Db, key: string, now: number): number[] {
  const windowStart = now - db.settings.throttleWindowSeconds * 1000;
  const recent = (db.rate.get(key) ?? []).filter((t) => t > windowStart);
  if (recent.length) db.rate.set(key, recent);
  else db.rate.delete(key);
  return recent;
}

/** Seconds to wait after `failures` wrong passwords: none, then 1, 2, 4, … up to `cap`. */
const delaySeconds = (failures: number, cap: number) =>
  failures < FREE_ATTEMPTS ? 0 : Math.min(cap, 2 ** (failures - FREE_ATTEMPTS));

/** The seconds still to wait under one key, or 0. */
function waitFor(db: Db, key: string, now: number, cap: number): number {
  const failures = recentFailures(db, key, now);
  const last = failures.at(-1);
  if (last === undefined) return 0;
  return Math.max(0, Math.ceil((last + delaySeconds(failures.length, cap) * 1000 - now) / 1000));
}

/**
 * Throttles password guessing as NIST SP 800-63B 5.2.2 describes: after a few wrong passwords,
 * each next try for that username (at most a minute apart) and from that source (at most 15
 * minutes) must wait a growing delay, else `429 too_many_attempts` with `Retry-After`. Nothing
 * locks an account: the owner is kept waiting a minute at most, and the SMS code stays the
 * second factor.
 */
export function assertNotThrottled(db: Db, username: string, source: string, now: number): void {
  const retryAfter = Math.max(
    waitFor(db, signInAttemptsKey(username), now, MAX_USERNAME_DELAY_SECONDS),
    waitFor(db, sourceKey(source), now, MAX_SOURCE_DELAY_SECONDS),
  );
  if (retryAfter > 0) {
    throw new ProblemError(
      429,
      'too_many_attempts',
      'Too many wrong passwords; wait a moment and try again.',
      { retryAfter },
    );
  }
}

/**
 * Counts a wrong password for the username and the source and refuses with `401
 * invalid_credentials`, the same for an unknown username.
 */
export function refuseCredentials(db: Db, username: string, source: string, now: number): never {
  for (const key of [signInAttemptsKey(username), sourceKey(source)])
    db.rate.set(key, [...recentFailures(db, key, now), now]);
  throw new ProblemError(401, 'invalid_credentials', 'The username or password is not right.');
}

export { rateLimit } from '../core/limits.js';
