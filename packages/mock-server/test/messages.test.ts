// Messages (C8, P5, X2, X3): recipients, conversations only for those in them, read marks,
// idempotent sending, and pages over 10,000+ messages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, newBrowser, setup, signIn, T0 } from './helpers.js';

const noah = '/clients/cl-noah';

interface Message {
  id: string;
  conversationId: string;
  sender: { id: string; name: string; kind: string; role?: string };
  body: string;
  sentAt: string;
  read: boolean;
}
interface Conversation {
  id: string;
  participants: Array<{ id: string; name: string; kind: string; role?: string }>;
  lastMessage?: Message;
  lastMessageAt: string;
  unread: number;
}

let keys = 0;
const key = () => ({ 'Idempotency-Key': `message-test-${++keys}` });

async function parents(options: Parameters<typeof setup>[0] = {}) {
  const { backend, browser: sanne } = setup(options);
  await signIn(backend, sanne, 's.devries');
  const mark = newBrowser(backend);
  await signIn(backend, mark, 'm.devries');
  return { backend, sanne, mark };
}

async function get<T>(browser: BrowserLikeFetch, path: string): Promise<T> {
  const answer = await call<T>(browser, 'GET', path);
  assert.equal(answer.status, 200, `${path}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const conversations = (b: BrowserLikeFetch) => get<Conversation[]>(b, `${noah}/conversations`);
const messagesOf = (b: BrowserLikeFetch, id: string, query = '') =>
  get<{ items: Message[]; nextCursor: string | null }>(
    b,
    `${noah}/conversations/${id}/messages${query}`,
  );

/** Every message of a paginated list, walking the cursors. */
async function walk(b: BrowserLikeFetch, path: string, limit = 100): Promise<Message[]> {
  const all: Message[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await get<{ items: Message[]; nextCursor: string | null }>(b, `${path}${query}`);
    assert.ok(page.items.length <= limit);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

function assertNewestFirst(items: Message[]) {
  for (let i = 1; i < items.length; i += 1)
    assert.ok(items[i - 1]!.sentAt >= items[i]!.sentAt, `out of order at ${i}`);
}

describe('recipients', () => {
  it('are the care team, each member, and the other people with messages for this client', async () => {
    const { sanne, mark } = await parents();
    const forSanne = await get<Array<{ id: string; kind: string; role?: string }>>(
      sanne,
      `${noah}/recipients`,
    );
    assert.deepEqual(
      forSanne.map((r) => [r.id, r.kind, r.role]),
      [
        ['care-team', 'care-team', undefined],
        ['st-joost', 'care-staff', 'coordinator'],
        ['st-anna', 'care-staff', 'nurse'],
        ['st-fatima', 'care-staff', 'pedagogical-worker'],
        ['u-mark', 'contact', undefined],
      ],
    );
    const forMark = await get<Array<{ id: string }>>(mark, `${noah}/recipients`);
    assert.ok(forMark.some((r) => r.id === 'u-sanne'));
    assert.ok(!forMark.some((r) => r.id === 'u-mark'), 'never oneself');
    const forLotte = await get<Array<{ id: string }>>(sanne, '/clients/cl-lotte/recipients');
    assert.deepEqual(
      forLotte.map((r) => r.id),
      ['care-team', 'st-joost', 'st-fatima'],
    );
  });

  it('leave out someone whose messages section was taken away, on the next call', async () => {
    const { backend, sanne } = await parents();
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'messages');
    const ids = (await get<Array<{ id: string }>>(sanne, `${noah}/recipients`)).map((r) => r.id);
    assert.ok(!ids.includes('u-mark'));
    const refused = await call(
      sanne,
      'POST',
      `${noah}/conversations`,
      {
        recipientIds: ['u-mark'],
        body: 'Hoi',
      },
      key(),
    );
    assert.equal(refused.status, 400);
  });
});

describe('conversations', () => {
  it('starts a conversation that both sides see, unread for the recipient until marked read', async () => {
    const { sanne, mark } = await parents();
    const started = await call<Conversation>(
      sanne,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['u-mark'], body: 'Haal jij Noah vandaag op?' },
      key(),
    );
    assert.equal(started.status, 201, JSON.stringify(started.body));
    assert.deepEqual(
      started.body.participants.map((p) => p.id),
      ['u-mark'],
    );
    assert.equal(started.body.unread, 0);
    assert.equal(started.body.lastMessage?.read, true, 'own messages are read');
    assert.equal(started.body.lastMessage?.sender.id, 'u-sanne');

    const marks = await conversations(mark);
    const seen = marks.find((c) => c.id === started.body.id);
    assert.ok(seen, 'the recipient sees it');
    assert.equal(marks[0]!.id, started.body.id, 'most recently active first');
    assert.equal(seen.unread, 1);
    assert.deepEqual(
      seen.participants.map((p) => p.id),
      ['u-sanne'],
    );
    const [message] = (await messagesOf(mark, seen.id)).items;
    assert.equal(message!.read, false);

    const read = await call<Conversation>(mark, 'POST', `${noah}/conversations/${seen.id}/read`, {
      upToMessageId: message!.id,
    });
    assert.equal(read.status, 200);
    assert.equal(read.body.unread, 0);
    assert.equal((await messagesOf(mark, seen.id)).items[0]!.read, true);
  });

  it('exist only for the people in them', async () => {
    const { sanne, mark } = await parents();
    const sannes = await conversations(sanne);
    const withTeamOnly = sannes.find(
      (c) => c.participants.length === 1 && c.participants[0]!.id === 'care-team',
    );
    assert.ok(withTeamOnly, 'the seed has a conversation of Sanne with the care team');
    assert.ok(!(await conversations(mark)).some((c) => c.id === withTeamOnly.id));
    const path = `${noah}/conversations/${withTeamOnly.id}`;
    assert.equal((await call(mark, 'GET', `${path}/messages`)).status, 404);
    const send = await call(mark, 'POST', `${path}/messages`, { body: 'Hallo' }, key());
    assert.equal(send.status, 404);
    const last = withTeamOnly.lastMessage!.id;
    assert.equal((await call(mark, 'POST', `${path}/read`, { upToMessageId: last })).status, 404);
    const block = await walk(mark, `${noah}/messages`);
    assert.ok(!block.some((m) => m.conversationId === withTeamOnly.id));
    assert.ok(block.length > 0);
  });

  it('refuses unknown and not-allowed recipients, naming body.recipientIds, and stores nothing', async () => {
    const { backend, sanne } = await parents();
    const before = [backend.db.conversations.length, backend.db.messages.length];
    for (const ids of [
      ['u-sanne'],
      ['st-ruud'],
      ['u-els'],
      ['nobody'],
      ['care-team', 'st-nobody'],
    ]) {
      const answer = await call(
        sanne,
        'POST',
        `${noah}/conversations`,
        { recipientIds: ids, body: 'Hallo' },
        key(),
      );
      assert.equal(answer.status, 400, ids.join());
      assert.deepEqual(
        answer.body.errors.map((e: { field: string }) => e.field),
        ['body.recipientIds'],
      );
    }
    assert.deepEqual([backend.db.conversations.length, backend.db.messages.length], before);
  });

  it('marks read up to a message, never backwards, and only with a message of that conversation', async () => {
    const { sanne } = await parents();
    const [first, second] = (await conversations(sanne)).filter((c) => c.unread > 0);
    assert.ok(first && second, 'the seed leaves Sanne unread messages in two conversations');
    const items = (await messagesOf(sanne, first.id)).items;
    const newest = items[0]!;
    const other = (await messagesOf(sanne, second.id)).items[0]!;
    const wrong = await call(sanne, 'POST', `${noah}/conversations/${first.id}/read`, {
      upToMessageId: other.id,
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors[0].field, 'body.upToMessageId');
    const read = `${noah}/conversations/${first.id}/read`;
    assert.equal((await call(sanne, 'POST', read, { upToMessageId: newest.id })).body.unread, 0);
    const oldest = items.at(-1)!;
    assert.equal((await call(sanne, 'POST', read, { upToMessageId: oldest.id })).body.unread, 0);
    assert.ok((await messagesOf(sanne, first.id)).items.every((m) => m.read));
  });
});

describe('sending', () => {
  it('posts once for one Idempotency-Key, and refuses the key for another message', async () => {
    const { backend, sanne } = await parents();
    const [conversation] = await conversations(sanne);
    const path = `${noah}/conversations/${conversation!.id}/messages`;
    const before = (await messagesOf(sanne, conversation!.id)).items.length;
    const k = key();
    const first = await call<Message>(sanne, 'POST', path, { body: 'Dank u wel!' }, k);
    const again = await call<Message>(sanne, 'POST', path, { body: 'Dank u wel!' }, k);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const other = await call(sanne, 'POST', path, { body: 'Iets anders' }, k);
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
    const after = (await messagesOf(sanne, conversation!.id)).items;
    assert.equal(after.length, before + 1);
    assert.equal(after.filter((m) => m.body === 'Dank u wel!').length, 1);
    assert.equal(backend.db.messages.filter((m) => m.body === 'Iets anders').length, 0);
  });

  it('counts a conversation as read by the one who answers in it', async () => {
    const { sanne } = await parents();
    const unread = (await conversations(sanne)).find((c) => c.unread > 0)!;
    const path = `${noah}/conversations/${unread.id}/messages`;
    assert.equal((await call(sanne, 'POST', path, { body: 'Dank je!' }, key())).status, 201);
    const after = (await conversations(sanne)).find((c) => c.id === unread.id)!;
    assert.equal(after.unread, 0);
    assert.ok((await messagesOf(sanne, unread.id)).items.every((m) => m.read));
  });

  it('refuses a body that does not match the contract, naming the field, and stores nothing', async () => {
    const { backend, sanne } = await parents();
    const [conversation] = await conversations(sanne);
    const path = `${noah}/conversations/${conversation!.id}/messages`;
    const before = backend.db.messages.length;
    const cases: Array<[unknown, string]> = [
      [{ body: '' }, 'body.body'],
      [{ body: 'x'.repeat(2001) }, 'body.body'],
      [{ text: 'Hallo' }, 'body.body'],
      [{ body: 'Hallo', urgent: true }, 'body.urgent'],
    ];
    for (const [body, field] of cases) {
      const answer = await call(sanne, 'POST', path, body, key());
      assert.equal(answer.status, 400);
      assert.ok(
        answer.body.errors.some((e: { field: string }) => e.field === field),
        field,
      );
    }
    const noKey = await call(sanne, 'POST', path, { body: 'Hallo' });
    assert.equal(noKey.status, 400);
    assert.equal(noKey.body.errors[0].field, 'header.idempotency-key');
    assert.equal(backend.db.messages.length, before);
  });

  it('shows a sent message first in the messages block, read for the sender', async () => {
    const { backend, sanne, mark } = await parents();
    const [conversation] = (await conversations(mark)).filter((c) =>
      c.participants.some((p) => p.id === 'u-sanne'),
    );
    backend.clock.advance(60_000);
    const path = `${noah}/conversations/${conversation!.id}/messages`;
    const sent = await call<Message>(mark, 'POST', path, { body: 'Ik ben er om vijf uur.' }, key());
    const block = await get<{ items: Message[] }>(sanne, `${noah}/messages?limit=4`);
    assert.equal(block.items.length, 4);
    assert.equal(block.items[0]!.id, sent.body.id);
    assert.equal(block.items[0]!.read, false);
    assert.equal(block.items[0]!.sentAt, new Date(T0 + 60_000).toISOString());
    const marks = await get<{ items: Message[] }>(mark, `${noah}/messages?limit=1`);
    assert.equal(marks.items[0]!.read, true);
  });
});

describe('the messages block', () => {
  it('lists every visible message newest first, within from/to', async () => {
    const { sanne } = await parents();
    const all = await walk(sanne, `${noah}/messages`, 5);
    assertNewestFirst(all);
    assert.equal(new Set(all.map((m) => m.id)).size, all.length);
    const from = new Date(T0 - 5 * 86_400_000).toISOString();
    const to = new Date(T0 - 2 * 86_400_000).toISOString();
    const some = await get<{ items: Message[] }>(
      sanne,
      `${noah}/messages?limit=100&from=${from}&to=${to}`,
    );
    const expected = all.filter((m) => m.sentAt >= from && m.sentAt < to);
    assert.ok(expected.length > 0);
    assert.deepEqual(some.items, expected);
  });

  it('follows the grant: another client is 404, a revoked section 403 on the next call', async () => {
    const { backend, mark } = await parents();
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assert.equal((await call(els, 'GET', `${noah}/messages`)).status, 404);
    assert.equal((await call(mark, 'GET', `${noah}/messages`)).status, 200);
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'messages');
    const refused = await call(mark, 'GET', `${noah}/conversations`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'forbidden_section');
  });

  it('pages through 10,000+ messages with cursors: no duplicates, none lost, newest first', async () => {
    const { backend, sanne } = await parents({ seed: 'large' });
    const all = await walk(sanne, `${noah}/messages`);
    assert.ok(all.length >= 10_000, `${all.length} messages`);
    assert.equal(new Set(all.map((m) => m.id)).size, all.length);
    assertNewestFirst(all);
    const visible = new Set(
      backend.db.conversations
        .filter((c) => c.clientId === 'cl-noah' && c.participantIds.includes('u-sanne'))
        .map((c) => c.id),
    );
    assert.equal(
      all.length,
      backend.db.messages.filter((m) => visible.has(m.conversationId)).length,
    );
    const longest = (await conversations(sanne)).at(-1)!;
    const one = await walk(sanne, `${noah}/conversations/${longest.id}/messages`, 37);
    assert.ok(one.length > 100);
    assert.ok(one.every((m) => m.conversationId === longest.id));
    assertNewestFirst(one);
  });

  it('keeps pages stable when a message arrives between two pages', async () => {
    const { sanne, mark } = await parents();
    const first = await get<{ items: Message[]; nextCursor: string }>(
      sanne,
      `${noah}/messages?limit=3`,
    );
    const [shared] = (await conversations(mark)).filter((c) =>
      c.participants.some((p) => p.id === 'u-sanne'),
    );
    await call(
      mark,
      'POST',
      `${noah}/conversations/${shared!.id}/messages`,
      { body: 'Nieuw' },
      key(),
    );
    const second = await get<{ items: Message[] }>(
      sanne,
      `${noah}/messages?limit=3&cursor=${encodeURIComponent(first.nextCursor)}`,
    );
    const ids = [...first.items, ...second.items].map((m) => m.id);
    assert.equal(new Set(ids).size, 6);
    assert.ok(second.items.every((m) => m.sentAt <= first.items.at(-1)!.sentAt));
  });
});
