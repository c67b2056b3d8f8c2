import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import { newId } from '../store/db.js';
import type { ConversationRecord, MessageRecord } from '../store/types.js';
import { dateRange, page } from './shared.js';
import { recipientsFor, userAuthor } from './messages-people.js';
import { attachmentsFor, claim } from './attachments-store.js';
import {
  conversationStats,
  postMessage,
  readKey,
  toConversation,
  toMessage,
  visibleConversations,
} from './messages-view.js';

type S = components['schemas'];

/** The conversation of the path, if this person takes part in it; others do not exist for them. */
function conversationOf(ctx: RouteContext): ConversationRecord {
  const { user, client } = scoped(ctx);
  const found = visibleConversations(ctx.db, client.id, user).get(ctx.params.conversationId!);
  if (!found) throw new ProblemError(404, 'not_found', 'No such conversation.');
  return found;
}

/** A page of messages, newest first, within `from`/`to`. */
function messagePage(ctx: RouteContext, inConversation: (m: MessageRecord) => boolean) {
  const { user } = scoped(ctx);
  const { from, to } = dateRange(ctx);
  const items = ctx.db.messages.filter(
    (m) => inConversation(m) && m.sentAt >= from && m.sentAt < to,
  );
  const result = page(ctx, items, (m) => [m.sentAt, m.id]);
  return json({
    items: result.items.map((m) => toMessage(ctx.db, user, m)),
    nextCursor: result.nextCursor,
  });
}

function conversationReply(ctx: RouteContext, c: ConversationRecord, status = 200) {
  const { user } = scoped(ctx);
  const stats = conversationStats(ctx.db, user, new Map([[c.id, c]])).get(c.id)!;
  return json(toConversation(ctx.db, user, c, stats), status);
}

/** Sends as this person and, since one answers what one has seen, marks the conversation read. */
function send(
  ctx: RouteContext,
  c: ConversationRecord,
  body: string,
  attachmentIds?: string[],
): MessageRecord {
  const { user, client, grant } = scoped(ctx);
  const owner = { clientId: client.id, uploaderId: user.id };
  const used = claim(ctx.db, attachmentIds, owner, { kind: 'message', conversationId: c.id });
  const message = postMessage(ctx.db, {
    conversationId: c.id,
    clientId: client.id,
    sender: userAuthor(user, grant),
    body,
    sentAt: ctx.now,
    ...(used.length ? { attachments: attachmentsFor(ctx.db, used) } : {}),
  });
  ctx.db.reads.set(readKey(user.id, c.id), message.seq);
  return message;
}

function listConversations(ctx: RouteContext) {
  const { user, client } = scoped(ctx);
  const conversations = visibleConversations(ctx.db, client.id, user);
  const stats = conversationStats(ctx.db, user, conversations);
  const items = [...conversations.values()].map((c) =>
    toConversation(ctx.db, user, c, stats.get(c.id)!),
  );
  items.sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt) || (a.id < b.id ? 1 : -1));
  return json(items);
}

function startConversation(ctx: RouteContext<S['StartConversationRequest']>) {
  const { user, client } = scoped(ctx);
  const allowed = new Set(recipientsFor(ctx.db, client, user).map((r) => r.id));
  const refused = ctx.body.recipientIds.filter((id) => !allowed.has(id));
  if (refused.length) {
    const message = `cannot receive messages about this client: ${refused.join(', ')}`;
    throw new ProblemError(
      400,
      'validation_failed',
      `Unknown recipient(s): ${refused.join(', ')}.`,
      {
        errors: [{ field: 'body.recipientIds', code: 'recipient', message }],
      },
    );
  }
  const conversation: ConversationRecord = {
    id: newId(ctx.db, 'cv'),
    clientId: client.id,
    participantIds: [user.id, ...ctx.body.recipientIds],
    createdAt: ctx.now,
  };
  ctx.db.conversations.push(conversation);
  try {
    send(ctx, conversation, ctx.body.body, ctx.body.attachmentIds);
  } catch (error) {
    // Nothing half-stored: no conversation without its first message.
    ctx.db.conversations.pop();
    throw error;
  }
  return conversationReply(ctx, conversation, 201);
}

function markRead(ctx: RouteContext<S['MarkReadRequest']>) {
  const { user } = scoped(ctx);
  const c = conversationOf(ctx);
  const upTo = ctx.body.upToMessageId;
  const message = ctx.db.messages.find((m) => m.id === upTo && m.conversationId === c.id);
  if (!message) {
    throw new ProblemError(400, 'validation_failed', 'The message is not in this conversation.', {
      errors: [
        {
          field: 'body.upToMessageId',
          code: 'conversation',
          message: 'is not a message of this conversation',
        },
      ],
    });
  }
  const key = readKey(user.id, c.id);
  // Reading an older message again never makes newer ones unread.
  ctx.db.reads.set(key, Math.max(ctx.db.reads.get(key) ?? 0, message.seq));
  return conversationReply(ctx, c);
}

/** Conversations with the care team and relatives, read marks and the messages block (C8, P5, X2, X3). */
export function messageHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listRecipients', (ctx) => {
      const { user, client } = scoped(ctx);
      return json(recipientsFor(ctx.db, client, user));
    }),
    route(rt, 'listMessages', (ctx) => {
      const { user, client } = scoped(ctx);
      const visible = visibleConversations(ctx.db, client.id, user);
      return messagePage(ctx, (m) => visible.has(m.conversationId));
    }),
    route(rt, 'listConversations', listConversations),
    route(rt, 'startConversation', startConversation),
    route(rt, 'listConversationMessages', (ctx) => {
      const c = conversationOf(ctx);
      return messagePage(ctx, (m) => m.conversationId === c.id);
    }),
    route<S['SendMessageRequest']>(rt, 'sendMessage', (ctx) => {
      const message = send(ctx, conversationOf(ctx), ctx.body.body, ctx.body.attachmentIds);
      return json(toMessage(ctx.db, scoped(ctx).user, message), 201);
    }),
    route(rt, 'markConversationRead', markRead),
  ];
}
