import type { Middleware } from 'openapi-fetch';
import {
  idempotentOperations,
  operationTable,
  type OperationInfo,
} from './generated/operations.js';
import { toTransportError } from './errors.js';

/** What the middleware tells the session store about. */
export interface SessionHooks {
  /** A call succeeded: the server reset its idle timeout. */
  touch(): void;
  /** A call outside `/auth/` was refused for want of a (live) session. */
  handleUnauthorized(): void;
}

/** The contract's operation for a method and schema path. */
export function findOperation(method: string, schemaPath: string): OperationInfo | undefined {
  const m = method.toUpperCase();
  return operationTable.find((op) => op.method === m && op.path === schemaPath);
}

/** A new idempotency key: 32 characters of `[0-9a-f]`, within the contract's 8 to 64. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

const stateChanging = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const sessionCodes = new Set(['unauthenticated', 'session_expired']);

/** The problem code of an answer, read from a copy so the caller can still read the body. */
async function problemCode(response: Response): Promise<string | undefined> {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return undefined;
  try {
    const body: unknown = await response.clone().json();
    return (body as { code?: string } | null)?.code;
  } catch {
    return undefined;
  }
}

/**
 * The SDK's middleware: the cross-site header on state-changing calls, an idempotency key on
 * creating calls (set once per call, before the retrying fetch, so every retry carries the same
 * key), the session's idle clock, and the end of a session the server refused.
 */
export function portalMiddleware(session: SessionHooks): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (stateChanging.has(request.method)) request.headers.set('X-Portal-Request', '1');
      // The small set, not the whole table, so the table stays out of bundles that do not use it.
      const idempotent = idempotentOperations.has(`${request.method} ${schemaPath}`);
      if (idempotent && !request.headers.has('Idempotency-Key')) {
        request.headers.set('Idempotency-Key', newIdempotencyKey());
      }
      return request;
    },
    async onResponse({ request, response, schemaPath }) {
      const readsSession = request.method === 'GET' && schemaPath === '/session';
      if (response.ok && !readsSession) session.touch();
      if (response.status === 401 && !schemaPath.startsWith('/auth/')) {
        if (sessionCodes.has((await problemCode(response)) ?? '')) session.handleUnauthorized();
      }
      return undefined;
    },
    onError({ error }) {
      return toTransportError(error);
    },
  };
}
