import { newId } from '../store/db.js';
import type { Reply, RouteContext } from './context.js';
import { requestOrigin } from './origin.js';

/**
 * Appends a line to the client's access log for every successful read or change of the client's
 * record: who (the actor), for whom (the client), what (the section), how (read / write) and from
 * where (channel, masked address, device). Never a code, a password or a body.
 */
export function audit(ctx: RouteContext, reply: Reply): void {
  const { client, grant, user, op } = ctx;
  if (!client || !grant || !user || reply.status >= 400) return;
  if (op.operationId === 'getSyncStatus') return;
  ctx.db.accessLog.push({
    id: newId(ctx.db, 'al'),
    clientId: client.id,
    at: ctx.now,
    actor: { name: user.name, kind: grant.relation === 'self' ? 'client' : 'contact' },
    onBehalfOf: client.name,
    action: op.method === 'GET' ? 'read' : 'write',
    resource: op.section ?? 'summary',
    origin: requestOrigin(ctx.request),
  });
}
