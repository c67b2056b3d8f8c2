import type { Clock } from './clock.js';
import type { Db } from '../store/db.js';
import type { ClientRecord, GrantRecord, SessionRecord, UserRecord } from '../store/types.js';
import type { ContractOperation } from '../validation/contract-types.js';

/** What a handler gets: the parsed, validated request and who makes it. */
export interface RouteContext<Body = unknown> {
  db: Db;
  clock: Clock;
  /** The current time (ms), read once per request. */
  now: number;
  op: ContractOperation;
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's cookies (see requestCookies). */
  cookies: Record<string, string>;
  body: Body;
  /** The session, for operations that require one. */
  session?: SessionRecord;
  user?: UserRecord;
  /** For client-scoped operations: the client and the person's grant for it. */
  client?: ClientRecord;
  grant?: GrantRecord;
}

/** What a handler answers; the route wrapper turns it into a response. */
export interface Reply {
  status: number;
  body?: unknown;
  /** For binary answers (PDF). */
  bytes?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  cookies?: string[];
}

/** A 200 (or other status) JSON reply. */
export function json(body: unknown, status = 200): Reply {
  return { status, body };
}

/** An empty reply (204 by default). */
export function empty(status = 204): Reply {
  return { status };
}

/** The context's user, session, client and grant, for handlers that know they are present. */
export function signedIn(ctx: RouteContext): { user: UserRecord; session: SessionRecord } {
  if (!ctx.user || !ctx.session) throw new Error(`${ctx.op.operationId} requires a session`);
  return { user: ctx.user, session: ctx.session };
}

/** The context's client and grant, for client-scoped handlers. */
export function scoped(ctx: RouteContext): {
  user: UserRecord;
  client: ClientRecord;
  grant: GrantRecord;
} {
  if (!ctx.user || !ctx.client || !ctx.grant)
    throw new Error(`${ctx.op.operationId} is not client-scoped`);
  return { user: ctx.user, client: ctx.client, grant: ctx.grant };
}
