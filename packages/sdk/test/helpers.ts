import { createPortalClient, type PortalClientOptions } from '../src/index.js';

/** Where the scripted tests send requests. */
export const BASE = 'https://portal.test/api/v1';

/** One scripted answer: a response, a thrown error, or a function of the request. */
export type Step = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A request as the scripted fetch saw it, with its body (read, as a real fetch would send it). */
export interface Seen {
  request: Request;
  method: string;
  path: string;
  body: string;
}

/** A fetch that answers from a script, in order, and records every request. */
export function scriptedFetch(steps: Step[]) {
  const seen: Seen[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    seen.push({ request, method: request.method, path, body: await request.text() });
    const step = steps.shift();
    if (!step) throw new Error(`unexpected request ${request.method} ${path}`);
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step(request) : step;
  };
  return { fetch: fetchFn as typeof fetch, seen, steps };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A problem+json answer with the contract's required fields. */
export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: `https://portal.test/problems/${code}`,
    title: code,
    status,
    code,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** What a browser's fetch throws when the network fails. */
export const networkError = () => new TypeError('Failed to fetch');

/** A client on a scripted fetch, with retries fast enough for tests. */
export function scriptedClient(steps: Step[], options: Partial<PortalClientOptions> = {}) {
  const script = scriptedFetch(steps);
  const client = createPortalClient({
    baseUrl: BASE,
    fetch: script.fetch,
    retry: { baseDelayMs: 2, maxDelayMs: 2_000, random: () => 0 },
    ...options,
  });
  return { client, ...script };
}

/** A session as GET /session answers it, idle `idleSeconds` after `now`. */
export function sessionBody(now: number, idleSeconds = 900) {
  return {
    user: { id: 'u-sanne', name: 'Sanne de Vries', username: 's.devries' },
    clients: [{ id: 'cl-noah', name: 'Noah de Vries', relation: 'parent', sections: ['reports'] }],
    idleTimeoutSeconds: idleSeconds,
    idleExpiresAt: new Date(now + idleSeconds * 1000).toISOString(),
    expiresAt: new Date(now + 12 * 3600 * 1000).toISOString(),
    previousVisitAt: null,
  };
}

/** Lets pending promise callbacks and I/O run (node:test's mocked timers leave setImmediate). */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
