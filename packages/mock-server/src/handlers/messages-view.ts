import type { components } from '@clientportal/sdk/generated';
import { newId, type Db } from '../store/db.js';
import type { ConversationRecord, MessageRecord, UserRecord } from '../store/types.js';
import { iso } from './shared.js';
import { CARE_TEAM_ID, describeParticipant, toAuthor } from './messages-people.js';

type S = components['schemas'];

/** The key of a person's read mark for a conversation in `db.reads`. */
export const readKey = (userId: string, conversationId: string) => `${userId}:${conversationId}`;

/** The conversations of a client that this person takes part in, by id. */
export function visibleConversations(
  db: Db,
  clientId: string,
  user: UserRecord,
): Map<string, ConversationRecord> {
  return new Map(
    db.conversations
      .filter((c) => c.clientId === clientId && c.participantIds.includes(user.id))
      .map((c) => [c.id, c]),
  );
}

/** Whether this person has read a message: their own always, others' up to their read mark. */
export function isRead(db: Db, user: UserRecord, m: MessageRecord): boolean {
  if (m.sender.id === user.id) return true;
  return m.seq <= (db.reads.get(readKey(user.id, m.conversationId)) ?? 0);
}

/** Whether the care team takes part in a conversation (as a whole or a staff member). */
function withCareTeam(db: Db, conversationId: string): boolean {
  const c = db.conversations.find((x) => x.id === conversationId);
  return !!c?.participantIds.some((id) => id === CARE_TEAM_ID || db.staff.has(id));
}

/**
 * Whether someone of the care team has read a message: up to the team's read mark (set in the
 * care record, see `db.reads` under `care-team:<conversation>`), or answered after it.
 */
export function readByCareTeam(db: Db, m: MessageRecord): boolean {
  if (m.seq <= (db.reads.get(readKey(CARE_TEAM_ID, m.conversationId)) ?? 0)) return true;
  return db.messages.some(
    (o) => o.conversationId === m.conversationId && o.seq > m.seq && o.sender.kind === 'care-staff',
  );
}

/** A message as the contract shows it to this person; on their own, whether the team read it. */
export function toMessage(db: Db, user: UserRecord, m: MessageRecord): S['Message'] {
  const own = m.sender.id === user.id && withCareTeam(db, m.conversationId);
  return {
    id: m.id,
    conversationId: m.conversationId,
    sender: toAuthor(m.sender),
    body: m.body,
    sentAt: iso(m.sentAt),
    read: isRead(db, user, m),
    ...(own ? { readByCareTeam: readByCareTeam(db, m) } : {}),
    ...(m.attachments?.length ? { attachments: m.attachments } : {}),
  };
}

/** Per conversation: its last message and how many messages this person has not read. */
export interface ConversationStats {
  last?: MessageRecord;
  unread: number;
}

/** One pass over the messages for all the given conversations (the large seed has 10,000+). */
export function conversationStats(
  db: Db,
  user: UserRecord,
  conversations: Map<string, ConversationRecord>,
): Map<string, ConversationStats> {
  const stats = new Map<string, ConversationStats>();
  for (const id of conversations.keys()) stats.set(id, { unread: 0 });
  for (const m of db.messages) {
    const s = stats.get(m.conversationId);
    if (!s) continue;
    // Messages are kept in send order, so the last one seen is the newest.
    s.last = m;
    if (!isRead(db, user, m)) s.unread += 1;
  }
  return stats;
}

/** A conversation as the contract shows it to this person: the others in it, last message, unread. */
export function toConversation(
  db: Db,
  user: UserRecord,
  c: ConversationRecord,
  stats: ConversationStats,
): S['Conversation'] {
  return {
    id: c.id,
    participants: c.participantIds
      .filter((id) => id !== user.id)
      .map((id) => describeParticipant(db, c.clientId, id)),
    ...(stats.last ? { lastMessage: toMessage(db, user, stats.last) } : {}),
    lastMessageAt: iso(stats.last?.sentAt ?? c.createdAt),
    unread: stats.unread,
  };
}

/** Appends a message in send order and returns it. */
export function postMessage(db: Db, fields: Omit<MessageRecord, 'id' | 'seq'>): MessageRecord {
  const seq = (db.messages.at(-1)?.seq ?? 0) + 1;
  const message: MessageRecord = { id: newId(db, 'msg'), seq, ...fields };
  db.messages.push(message);
  return message;
}
