// Faults on purpose, one kind at a time: what the suites and stories put every panel through.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ProblemError, problemResponse } from './core/problem.js';
import type { Db } from './store/db.js';
import type { Fault } from './fault-kinds.js';

export { FAULT_KINDS, type Fault, type FaultKind } from './fault-kinds.js';

function answer(fault: Fault, instance: string, db: Db): Response | undefined {
  const retryAfter = fault.retryAfter ?? 120;
  switch (fault.kind) {
    case 'offline':
      return HttpResponse.error();
    case 'server-error':
      return problemResponse(new ProblemError(500, 'internal_error'), instance);
    case 'unavailable':
      return problemResponse(
        new ProblemError(503, 'service_unavailable', undefined, { retryAfter }),
        instance,
      );
    case 'rate-limited':
      return problemResponse(
        new ProblemError(429, 'too_many_requests', undefined, { retryAfter }),
        instance,
      );
    case 'session-ends':
      db.sessions.clear();
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The handler that goes before all others: while `current()` gives a fault, matching requests
 * get it; otherwise (and after a `slow` wait) the request falls through to the real handlers.
 */
export function faultHandler(
  baseUrl: string,
  current: () => Fault | undefined,
  db: () => Db,
): HttpHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const fault = current();
    const path = new URL(request.url).pathname;
    if (!fault || (fault.path && !path.includes(fault.path))) return undefined;
    const wait = fault.delayMs ?? (fault.kind === 'slow' ? 5000 : 0);
    if (wait > 0) await delay(wait);
    return answer(fault, path, db());
  });
}
