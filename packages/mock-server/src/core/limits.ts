import { ProblemError } from './problem.js';
import type { Db } from '../store/db.js';

/**
 * The header that names the request's source address to the backend. The HTTP server sets it
 * from the socket (and drops any the client sent); in a page or a Node test all requests come
 * from one source unless a test names another.
 */
export const SOURCE_HEADER = 'x-mock-client-address';

/** Where a request comes from, for limits per source. */
export const requestSource = (request: Request) => request.headers.get(SOURCE_HEADER) ?? 'local';

/**
 * A sliding-window limit: at most `max` requests per `windowSeconds` under `key`, else `429
 * too_many_requests` with the seconds until the oldest counted request leaves the window.
 */
export function rateLimit(
  db: Db,
  key: string,
  now: number,
  max: number,
  windowSeconds: number,
): void {
  const windowStart = now - windowSeconds * 1000;
  const recent = (db.rate.get(key) ?? []).filter((t) => t > windowStart);
  if (recent.length >= max) {
    const oldest = recent[0] ?? now;
    const retryAfter = Math.max(1, Math.ceil((oldest - windowStart) / 1000));
    db.rate.set(key, recent);
    throw new ProblemError(429, 'too_many_requests', 'Too many requests; try again later.', {
      retryAfter,
    });
  }
  db.rate.set(key, [...recent, now]);
}

/** Every operation: at most `requestsPerMinute` requests per source, before any other work. */
export function requestLimit(db: Db, request: Request, now: number): void {
  rateLimit(db, `requests:${requestSource(request)}`, now, db.settings.requestsPerMinute, 60);
}
