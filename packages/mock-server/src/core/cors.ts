import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiHeaders } from './problem.js';

/** Request headers the portal sends that a preflight must allow. */
const ALLOWED_HEADERS = 'Content-Type, X-Portal-Request, Idempotency-Key';
/** Response headers the portal reads besides the safelisted ones. */
const EXPOSED_HEADERS = 'Retry-After, Content-Disposition, Allow';
/** How long a browser may keep a preflight's answer (seconds). */
const PREFLIGHT_MAX_AGE = 600;

/**
 * The CORS headers for a request: an origin named with `--cors-origin` may call with credentials
 * (the session cookie); any other origin gets none, so the browser keeps the answer from it.
 */
export function corsHeaders(req: IncomingMessage, allowed: string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!allowed.length) return {};
  if (!origin || !allowed.includes(origin)) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

/**
 * Answers a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`) and says whether it
 * did: 204 with the path's methods and the portal's headers for an allowed origin, 403 without
 * CORS headers for any other (the browser then sends nothing), 404 for a path the API lacks.
 */
export function preflight(
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
  methods: string[],
): boolean {
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  req.resume();
  const status = !methods.length ? 404 : cors['Access-Control-Allow-Origin'] ? 204 : 403;
  const headers: Record<string, string> = { ...apiHeaders, ...cors };
  if (status === 204) {
    Object.assign(headers, {
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
    });
    delete headers['Access-Control-Expose-Headers'];
  }
  res.writeHead(status, {
    ...headers,
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  });
  res.end();
  return true;
}
