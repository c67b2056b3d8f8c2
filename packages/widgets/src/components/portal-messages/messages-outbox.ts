// The outbox of the messages panel (X2): every message from "Stuur" until the server has it.
// Kept in the provider's in-memory drafts (never web storage), so a failed send survives an
// expired session and a re-render; each message keeps one Idempotency-Key across its retries.
import { newIdempotencyKey, unwrap, type Schemas } from '@clientportal/sdk';
import type { PortalContextValue } from '../../internal/context.js';
import type { PortalDrafts } from '../../internal/drafts.js';

/** A message on its way: being sent, or not sent ("niet verstuurd") and waiting for a retry. */
export interface PendingMessage {
  /** The Idempotency-Key, the same for every try of this message. */
  key: string;
  /** The conversation of a reply; absent for a first message. */
  conversationId?: string;
  /** The recipients of a first message. */
  recipientIds?: string[];
  /** Their names, to show with the message. */
  recipientNames?: string;
  /** What the person wrote. */
  body: string;
  /** The ids of uploaded attachments (X9). */
  attachmentIds?: string[];
  /** Their names, to show with a message that was not sent. */
  attachmentNames?: string[];
  /** `failed` after a try that did not reach the server or was refused. */
  state: 'sending' | 'failed';
  /** The problem of the last try, as an error code for `problemMessage`. */
  problem?: { code?: string; retryAfter?: number };
}

/** What the server answers to a sent message. */
export type SentResult =
  { conversation: Schemas['Conversation'] } | { message: Schemas['Message'] };

const draftKey = (clientId: string) => `messages.outbox:${clientId}`;

/** The pending messages of a client, newest first (read without losing them). */
export function pendingMessages(drafts: PortalDrafts, clientId: string): PendingMessage[] {
  const key = draftKey(clientId);
  const list = drafts.take<PendingMessage[]>(key) ?? [];
  if (list.length) drafts.save(key, list);
  return list;
}

/** Puts a pending message in the outbox, replacing the one with its key. */
export function keep(drafts: PortalDrafts, clientId: string, entry: PendingMessage): void {
  const others = pendingMessages(drafts, clientId).filter((e) => e.key !== entry.key);
  drafts.save(draftKey(clientId), [entry, ...others]);
}

/** Takes a message out of the outbox (sent, or removed by the person). */
export function forget(drafts: PortalDrafts, clientId: string, key: string): void {
  const rest = pendingMessages(drafts, clientId).filter((e) => e.key !== key);
  if (rest.length) drafts.save(draftKey(clientId), rest);
  else drafts.delete(draftKey(clientId));
}

/** A new pending message with a fresh Idempotency-Key. */
export function pending(fields: Omit<PendingMessage, 'key' | 'state'>): PendingMessage {
  return { ...fields, key: newIdempotencyKey(), state: 'sending' };
}

/** Posts the message with its own Idempotency-Key, so a retry never posts it twice. */
async function post(
  portal: PortalContextValue,
  clientId: string,
  entry: PendingMessage,
): Promise<SentResult> {
  const { api } = portal.client;
  const headers = { 'Idempotency-Key': entry.key };
  const attachments = entry.attachmentIds?.length ? { attachmentIds: entry.attachmentIds } : {};
  if (entry.conversationId) {
    const params = { path: { clientId, conversationId: entry.conversationId }, header: headers };
    const body = { body: entry.body, ...attachments };
    const message = unwrap(
      await api.POST('/clients/{clientId}/conversations/{conversationId}/messages', {
        params,
        body,
      }),
    );
    return { message };
  }
  const body = { recipientIds: entry.recipientIds ?? [], body: entry.body, ...attachments };
  const conversation = unwrap(
    await api.POST('/clients/{clientId}/conversations', {
      params: { path: { clientId }, header: headers },
      body,
    }),
  );
  return { conversation };
}

/**
 * Sends a pending message: kept as `sending` first, forgotten once the server has it, kept as
 * `failed` with the problem otherwise (offline, 5xx, session expired), its text and key intact.
 */
export async function deliver(
  portal: PortalContextValue,
  clientId: string,
  entry: PendingMessage,
): Promise<SentResult | undefined> {
  const { drafts } = portal;
  keep(drafts, clientId, { ...entry, state: 'sending', problem: undefined });
  try {
    const result = await post(portal, clientId, entry);
    forget(drafts, clientId, entry.key);
    return result;
  } catch (error) {
    const { code, retryAfter } = (error ?? {}) as { code?: string; retryAfter?: number };
    keep(drafts, clientId, { ...entry, state: 'failed', problem: { code, retryAfter } });
    return undefined;
  }
}
