import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import {
  attachmentsOf,
  storeUpload,
  toAttachment,
  type AttachmentRecord,
} from './attachments-store.js';
import { visibleConversations } from './messages-view.js';

/** Whether this person may read the file: their own upload, or on what they may read. */
function mayRead(ctx: RouteContext, a: AttachmentRecord): boolean {
  const { user, client, grant } = scoped(ctx);
  if (a.clientId !== client.id) return false;
  if (a.uploaderId === user.id) return true;
  if (a.usedBy?.kind === 'report') return grant.sections.includes('reports');
  if (a.usedBy?.kind === 'message')
    return (
      grant.sections.includes('messages') &&
      visibleConversations(ctx.db, client.id, user).has(a.usedBy.conversationId)
    );
  return false;
}

/** Photos and PDFs on messages and reports (X9), checked by content, served as downloads. */
export function attachmentHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'uploadAttachment', (ctx) => {
      const { user, client } = scoped(ctx);
      const record = storeUpload(ctx.db, {
        clientId: client.id,
        uploaderId: user.id,
        declared: ctx.request.headers.get('content-type') ?? '',
        bytes: ctx.body as Uint8Array,
      });
      return json(toAttachment(record), 201);
    }),
    route(rt, 'getAttachment', (ctx) => {
      const a = attachmentsOf(ctx.db).get(ctx.params.attachmentId!);
      if (!a || !mayRead(ctx, a)) throw new ProblemError(404, 'not_found', 'No such attachment.');
      return {
        status: 200,
        bytes: a.bytes,
        contentType: a.mediaType,
        headers: { 'Content-Disposition': `attachment; filename="${a.name}"` },
      };
    }),
  ];
}
