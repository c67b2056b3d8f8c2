import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
import { apiHeaders, ProblemError } from './core/problem.js';
import { allowedMethods, methodNotAllowed, operationFor } from './core/methods.js';
import { DEFAULT_MAX_BODY_BYTES } from './validation/operations.js';
import { SOURCE_HEADER } from './core/limits.js';
import { corsHeaders, preflight } from './core/cors.js';
import { DEV_PATH, devRoute } from './dev-routes.js';

/** Where the API lives on this server. */
const API_PATH = '/api/v1';
/** Methods a fetch `Request` cannot carry: answered here, before one is made. */
const unfetchable = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** Sends a problem with the API's headers (and closes the connection when asked). */
function sendProblem(res: ServerResponse, error: ProblemError, instance: string, extra = {}) {
  res.writeHead(error.status, {
    ...apiHeaders,
    ...error.headers,
    ...extra,
    'Content-Type': 'application/problem+json',
  });
  res.end(JSON.stringify(error.toProblem(instance)));
}

/**
 * Reads a request body up to `limit` bytes; past it, stops reading and gives undefined. A GET or
 * HEAD body means nothing (RFC 9110) and is not kept.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (['GET', 'HEAD'].includes(req.method ?? 'GET')) {
    req.resume();
    return Buffer.alloc(0);
  }
  if (Number(req.headers['content-length'] ?? '0') > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, origin: string, body: Buffer): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else if (value !== undefined) headers.set(key, value);
  }
  // The source address comes from the socket, never from the client.
  headers.set(SOURCE_HEADER, req.socket.remoteAddress ?? 'unknown');
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    ...(body.byteLength > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

async function sendResponse(res: ServerResponse, response: Response, cors: Record<string, string>) {
  const headers: Record<string, string | string[]> = { ...cors };
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** What the HTTP server adds around the mock backend. */
export interface HttpMockOptions extends MockBackendOptions {
  port?: number;
  /** Origins allowed to call with credentials (CORS); none by default. */
  corsOrigins?: string[];
}

async function answer(
  backend: MockBackend,
  options: HttpMockOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const url = new URL(req.url ?? '/', origin);
  const method = (req.method ?? 'GET').toUpperCase();
  if (url.pathname.startsWith(DEV_PATH)) {
    const dev = devRoute(
      backend,
      method,
      url.pathname,
      (await readBody(req, 4096)) ?? Buffer.alloc(0),
    );
    res.writeHead(dev?.status ?? 404, { ...apiHeaders, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(dev?.body ?? {}, null, 2));
    return;
  }
  const apiPath = url.pathname.startsWith(API_PATH) ? url.pathname.slice(API_PATH.length) : '';
  const cors = corsHeaders(req, options.corsOrigins ?? []);
  if (preflight(req, res, cors, allowedMethods(apiPath))) return;
  if (unfetchable.has(method)) {
    req.resume();
    const allow = allowedMethods(apiPath);
    const error = allow.length
      ? methodNotAllowed(method, allow)
      : new ProblemError(404, 'not_found', 'No such operation.');
    sendProblem(res, error, url.pathname, cors);
    return;
  }
  const limit = operationFor(method, apiPath)?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (!body) {
    const error = new ProblemError(
      413,
      'payload_too_large',
      `The body is larger than ${limit} bytes, the limit of this operation.`,
    );
    // The rest of the body is not read: the connection closes after this answer.
    sendProblem(res, error, url.pathname, { ...cors, Connection: 'close' });
    req.destroy();
    return;
  }
  const response = await getResponse(backend.handlers, toRequest(req, origin, body));
  if (!response || response.type === 'error') {
    const error = response
      ? new ProblemError(503, 'service_unavailable', 'The care record cannot be reached.', {
          retryAfter: 1,
        })
      : new ProblemError(404, 'not_found', 'No such page.');
    sendProblem(res, error, url.pathname, cors);
    return;
  }
  await sendResponse(res, response, cors);
}

/**
 * Serves the mock backend over real HTTP on 127.0.0.1, for curl or any other client, with the
 * developer routes beside it (`/__dev/`: the outbox of every SMS and e-mail "sent", the care
 * team's and the planner's answers, a reset; see dev-routes.ts). Bodies are counted while read and
 * refused past the operation's limit; named origins may call with credentials (CORS).
 */
export async function startHttpMock(
  options: HttpMockOptions = {},
): Promise<{ server: Server; backend: MockBackend; url: string }> {
  const backend = createMockBackend({ ...options, baseUrl: options.baseUrl ?? `*${API_PATH}` });
  const server = createServer((req, res) => {
    answer(backend, options, req, res).catch((error: unknown) => {
      console.error(error);
      if (res.headersSent) return void res.destroy();
      sendProblem(res, new ProblemError(500, 'internal_error'), req.url ?? '/');
    });
  });
  const port = options.port ?? 4010;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, backend, url: `http://127.0.0.1:${actual}` };
}
