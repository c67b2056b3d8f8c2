// The `loading` and `error` states as a story's own MSW handlers: only the requests in the
// story's scope wait forever or get a 503; the mock backend itself is never switched.
import { delay, http, type HttpHandler } from 'msw';
import { ProblemError, problemResponse } from '../../packages/mock-server/src/core/problem.js';
import type { PortalParameters } from './portal-parameters.js';
import { apiBase } from './story-api.js';

/** Longer than the SDK waits for a retry, so the panel shows the error at once. */
const retryAfterSeconds = 120;

/**
 * The handlers of a story's state: for `loading` an answer that never comes, for `error` the
 * contract's 503 problem with `Retry-After`, both for the requests in `scope` (see
 * `PortalParameters`); none for the other states.
 */
export function stateHandlers({ state, scope = 'data' }: PortalParameters): HttpHandler[] {
  if (state !== 'loading' && state !== 'error') return [];
  const path = scope === 'data' ? '/clients/' : scope;
  const matches = `*${apiBase}${path}*`;
  if (state === 'loading') {
    return [
      http.all(matches, async () => {
        await delay('infinite');
      }),
    ];
  }
  return [
    http.all(matches, ({ request }) =>
      problemResponse(
        new ProblemError(503, 'service_unavailable', undefined, {
          retryAfter: retryAfterSeconds,
        }),
        new URL(request.url).pathname,
      ),
    ),
  ];
}
