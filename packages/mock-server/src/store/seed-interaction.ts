import { newId, type Db } from './db.js';
import type { MessageRecord } from './types.js';
import { seedAgenda } from './seed-interaction-agenda.js';
import { posts, talks, type When } from './seed-interaction-talk.js';
import { seedAuthor, seedTimes, type SeedTimes } from './seed-interaction-time.js';
import { largeTalk } from './seed-interaction-large.js';

const at = (t: SeedTimes, when: When) => (typeof when === 'number' ? t.ago(when) : t.on(...when));

type Draft = Omit<MessageRecord, 'id' | 'seq'>;

/** Conversations and messages; ids and `seq` follow send order across all clients. */
function seedTalks(db: Db, t: SeedTimes): void {
  const drafts: Draft[] = [];
  const marks: Array<{ userId: string; conversationId: string; upTo: Draft }> = [];
  for (const talk of talks) {
    const mine: Draft[] = talk.messages
      .map(([when, from, body]) => ({
        conversationId: '',
        clientId: talk.clientId,
        sender: seedAuthor(db, talk.clientId, from),
        body,
        sentAt: at(t, when),
      }))
      .sort((a, b) => a.sentAt - b.sentAt);
    const conversationId = newId(db, 'cv');
    for (const m of mine) m.conversationId = conversationId;
    db.conversations.push({
      id: conversationId,
      clientId: talk.clientId,
      participantIds: [...talk.participants],
      createdAt: mine[0]!.sentAt,
    });
    for (const [userId, count] of Object.entries(talk.read)) {
      if (count > 0) marks.push({ userId, conversationId, upTo: mine[count - 1]! });
    }
    drafts.push(...mine);
  }
  drafts.sort((a, b) => a.sentAt - b.sentAt);
  const seqOf = new Map<Draft, number>();
  for (const draft of drafts) {
    const seq = (db.messages.at(-1)?.seq ?? 0) + 1;
    db.messages.push({ id: newId(db, 'msg'), seq, ...draft });
    seqOf.set(draft, seq);
  }
  for (const mark of marks)
    db.reads.set(`${mark.userId}:${mark.conversationId}`, seqOf.get(mark.upTo)!);
}

function seedPosts(db: Db, t: SeedTimes): void {
  const sorted = posts
    .map((p) => ({ ...p, postedAt: at(t, p.when) }))
    .sort((a, b) => a.postedAt - b.postedAt);
  for (const p of sorted) {
    const author = seedAuthor(db, p.clientId, p.by);
    db.bulletin.push({
      id: newId(db, 'bp'),
      clientId: p.clientId,
      author,
      authorUserId: author.kind === 'care-staff' ? null : p.by,
      text: p.text,
      postedAt: p.postedAt,
    });
  }
}

/** Appointments, conversations with messages and bulletin posts for every client, relative to `now`. */
export function seedInteraction(db: Db, now: number): void {
  const t = seedTimes(now);
  seedAgenda(db, now);
  seedTalks(db, t);
  seedPosts(db, t);
}

/**
 * 10,000+ older messages for Noah between Sanne and the care team. They predate every other
 * message, so they go first and the existing ones (and read marks) move up by as many `seq`.
 */
export function seedLargeInteraction(db: Db, now: number): void {
  const oldest = db.messages[0]?.sentAt ?? now;
  const { conversations, messages, reads } = largeTalk(db, Math.min(oldest, now) - 86_400_000);
  const shift = messages.length;
  for (const m of db.messages) m.seq += shift;
  for (const [key, seq] of db.reads) db.reads.set(key, seq + shift);
  for (const [key, seq] of reads) db.reads.set(key, seq);
  db.conversations.unshift(...conversations);
  db.messages = [...messages, ...db.messages];
}
