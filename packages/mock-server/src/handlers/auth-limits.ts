import { ProblemError } from '../core/problem.js';
import type { Db } from '../store/db.js';
import { normaliseUsername } from './auth-state.js';

/**
 * The failure counter of a username. Kept by the name typed, not by account, so an unknown
 * username locks exactly like a known one and the answer tells nothing about which exist.
 */
export const signInAttemptsKey = (username: string) => `sign-in:${normaliseUsername(username)}`;

/** Wrong passwords within the lock period; older ones are forgotten. */
function recentFailures(db: Db, key: string, now: number): number[] {
  const windowStart = now - db.settings.lockSeconds * 1000;
  const recent = (db.rate.get(key) ?? []).filter((t) => t > windowStart);
  if (recent.length) db.rate.set(key, recent);
  else db.rate.delete(key);
  return recent;
}

function locked(db: Db, lastFailure: number, now: number): ProblemError {
  const retryAfter = Math.max(
    1,
    Math.ceil((lastFailure + db.settings.lockSeconds * 1000 - now) / 1000),
  );
  return new ProblemError(
    429,
    'too_many_attempts',
    'Too many wrong passwords; try again later or reset the password.',
    { retryAfter },
  );
}

/**
 * Refuses with `429 too_many_attempts` while a username is locked: `maxPasswordAttempts` wrong
 * passwords lock it for `lockSeconds` after the last one. A right password does not help then.
 */
export function assertNotLocked(db: Db, key: string, now: number): void {
  const failures = recentFailures(db, key, now);
  if (failures.length >= db.settings.maxPasswordAttempts) throw locked(db, failures.at(-1)!, now);
}

/**
 * Counts a wrong password and refuses: `401 invalid_credentials`, the same for an unknown
 * username, or `429 too_many_attempts` when this failure locks the username.
 */
export function refuseCredentials(db: Db, key: string, now: number): never {
  const failures = [...recentFailures(db, key, now), now];
  db.rate.set(key, failures);
  if (failures.length >= db.settings.maxPasswordAttempts) throw locked(db, now, now);
  throw new ProblemError(401, 'invalid_credentials', 'The username or password is not right.');
}

export { rateLimit } from '../core/limits.js';
