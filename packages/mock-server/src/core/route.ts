import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { ProblemError, apiHeaders, problemResponse } from './problem.js';
import { parseBody, readBody } from './body.js';
import { requestLimit } from './limits.js';
import { allowedMethods, methodNotAllowed } from './methods.js';
import { json, type Reply, type RouteContext } from './context.js';
import type { MockRuntime } from './runtime.js';
import { authenticate } from './authenticate.js';
import { withIdempotency } from './idempotency.js';
import { audit } from './audit.js';
import { validateRequest } from '../validation/validator.js';
import { DEVICE_COOKIE, SESSION_COOKIE, requestCookies } from './cookies.js';
import { withSecretCookieDigests } from './secrets.js';
import { operation, needsPortalRequestHeader } from '../validation/operations.js';
import type { ContractOperation } from '../validation/contract-types.js';

/** A handler for one operation of the contract. */
export type RouteHandler<Body = unknown> = (ctx: RouteContext<Body>) => Reply | Promise<Reply>;

const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function checkCrossSite(op: ContractOperation, request: Request) {
  if (!needsPortalRequestHeader(op)) return;
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new ProblemError(
      403,
      'csrf_check_failed',
      'The browser says this request comes from another site (Sec-Fetch-Site: cross-site).',
    );
  }
  if (request.headers.get('x-portal-request') !== '1') {
    throw new ProblemError(
      403,
      'csrf_check_failed',
      'State-changing requests need the header X-Portal-Request: 1.',
    );
  }
}

/** Keeps Set-Cookie values in the page's jar instead of sending them to MSW's cookie store. */
function storeInJar(jar: Map<string, string>, cookies: string[]) {
  for (const line of cookies) {
    const [pair, ...attributes] = line.split(';');
    const [name, ...value] = pair!.trim().split('=');
    if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name!);
    else jar.set(name!, decodeURIComponent(value.join('=')));
  }
}

function toResponse(rt: MockRuntime, reply: Reply): Response {
  const headers = new Headers({ ...reply.headers, ...apiHeaders });
  if (rt.cookieJar) storeInJar(rt.cookieJar, reply.cookies ?? []);
  else for (const cookie of reply.cookies ?? []) headers.append('Set-Cookie', cookie);
  if (reply.bytes) {
    headers.set('Content-Type', reply.contentType ?? 'application/octet-stream');
    return new HttpResponse(reply.bytes, { status: reply.status, headers });
  }
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  headers.set('Content-Type', reply.contentType ?? 'application/json');
  return new HttpResponse(JSON.stringify(reply.body), { status: reply.status, headers });
}

async function handle(
  rt: MockRuntime,
  op: ContractOperation,
  handler: RouteHandler<never>,
  request: Request,
  params: Record<string, string>,
  mswCookies: Record<string, string>,
) {
  const url = new URL(request.url);
  checkCrossSite(op, request);
  // The body's size and media type come first: nothing else is done for a body that is refused.
  const raw = await readBody(request, op);
  // Who asks comes before what they ask: without a session the answer is 401 whatever the body.
  const ctx: RouteContext = {
    db: rt.db,
    clock: rt.clock,
    now: rt.clock.now(),
    op,
    request,
    params,
    query: url.searchParams,
    // Session and device ids are looked up by digest: the store keeps no cookie value.
    cookies: await withSecretCookieDigests(requestCookies(request, mswCookies), [
      SESSION_COOKIE,
      DEVICE_COOKIE,
    ]),
    body: undefined,
  };
  authenticate(rt, ctx);
  const { hasBody, body } = parseBody(raw);
  const errors = validateRequest(op, {
    path: params,
    query: url.searchParams,
    headers: request.headers,
    body,
    hasBody,
  });
  if (errors.length) {
    throw new ProblemError(400, 'validation_failed', `${errors.length} field(s) are not valid.`, {
      errors,
    });
  }
  ctx.body = body;
  // The latency stands for the server's processing time, so it falls inside the idempotent
  // section: a second request with the same key meanwhile sees it in progress.
  const reply = await withIdempotency(ctx, async () => {
    if (rt.scenario.latencyMs > 0) await delay(rt.scenario.latencyMs);
    return handler(ctx as RouteContext<never>);
  });
  audit(ctx, reply);
  return reply;
}

/**
 * Registers a handler for one operation of the contract. Before the handler runs, the request is
 * checked as a strict server would: cross-site header, contract validation, session and its
 * expiry, client access and section, idempotency; afterwards the access log is written.
 */
export function route<Body = unknown>(
  rt: MockRuntime,
  operationId: string,
  handler: RouteHandler<Body>,
): HttpHandler {
  const op = operation(operationId);
  const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  return http[method](`${rt.baseUrl}${mswPath(op.path)}`, async ({ request, params, cookies }) => {
    const { scenario } = rt;
    if (scenario.offline) return HttpResponse.error();
    const instance = new URL(request.url).pathname;
    if (scenario.failureRate > 0 && rt.random() < scenario.failureRate) {
      return problemResponse(
        new ProblemError(503, 'service_unavailable', 'The care record cannot be reached.', {
          retryAfter: 1,
        }),
        instance,
      );
    }
    try {
      requestLimit(rt.db, request, rt.clock.now());
      const reply = await handle(
        rt,
        op,
        handler as RouteHandler<never>,
        request,
        params as Record<string, string>,
        rt.cookieJar ? Object.fromEntries(rt.cookieJar) : cookies,
      );
      return toResponse(rt, reply);
    } catch (error) {
      if (error instanceof ProblemError) {
        return problemResponse(error, instance);
      }
      console.error(`[mock-server] ${operationId} failed`, error);
      return problemResponse(new ProblemError(500, 'internal_error'), instance);
    }
  });
}

/**
 * Answers every other request under the API, so nothing leaks to the network: `405` with `Allow`
 * for a path of the contract asked with another method, else a 404 problem.
 */
export function notFoundRoute(rt: MockRuntime): HttpHandler {
  const basePath = rt.baseUrl.replace(/^(\*|https?:\/\/[^/]+)/, '');
  return http.all(`${rt.baseUrl}/*`, ({ request }) => {
    const instance = new URL(request.url).pathname;
    const allow = allowedMethods(instance.slice(basePath.length));
    if (allow.length) return problemResponse(methodNotAllowed(request.method, allow), instance);
    return problemResponse(new ProblemError(404, 'not_found', 'No such operation.'), instance);
  });
}

export { json };
