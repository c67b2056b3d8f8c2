// The start screen (C6, P4, X3): counts per granted section, "new since your last visit", and
// how fresh the copied care record is (C10).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserLikeFetch } from '../src/testing.js';
import type { MockBackend } from '../src/backend.js';
import { call, newBrowser, setup, signIn, T0 } from './helpers.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const noah = '/clients/cl-noah';
const at = (ms: number) => new Date(ms).toISOString();

interface Summary {
  since: string | null;
  sections: Array<{ section: string; total: number; new: number }>;
}

async function summary(browser: BrowserLikeFetch, client = noah) {
  const answer = await call<Summary>(browser, 'GET', `${client}/summary`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  const counts = Object.fromEntries(answer.body.sections.map((s) => [s.section, s]));
  return { ...answer.body, counts };
}

/** A bulletin post, a report and a measurement from the care record, as a sync brings them in. */
function careRecordBringsIn(backend: MockBackend, now: number) {
  const author = { id: 'st-joost', name: 'Joost Meijer', kind: 'care-staff' as const };
  const clientId = 'cl-noah';
  const text = 'Anna is volgende week met vakantie.';
  backend.db.bulletin.push({
    id: 'bp-new',
    clientId,
    author,
    authorUserId: null,
    text,
    postedAt: now,
  });
  const report = { title: 'Ochtendzorg', body: 'Noah was vrolijk.' };
  backend.db.reports.push({ id: 'rp-new', clientId, ...report, author, createdAt: now });
  backend.db.measurements.push({
    id: 'ms-new',
    clientId,
    kind: 'weight',
    value: 22.4,
    measuredAt: now,
  });
}

describe('the sync status', () => {
  // [now (UTC), last sync, next sync]: hourly from 06:00 to 24:00 in Amsterdam, CET and CEST.
  const cases = [
    ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'on the hour'],
    ['2026-11-20T10:59:59Z', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'just before'],
    ['2026-11-20T22:30:00Z', '2026-11-20T22:00:00Z', '2026-11-20T23:00:00Z', '23:30, next 24:00'],
    ['2026-11-21T02:00:00Z', '2026-11-20T23:00:00Z', '2026-11-21T05:00:00Z', 'night, winter'],
    ['2026-11-21T05:00:00Z', '2026-11-21T05:00:00Z', '2026-11-21T06:00:00Z', '06:00 itself'],
    ['2026-07-01T03:30:00Z', '2026-06-30T22:00:00Z', '2026-07-01T04:00:00Z', 'night, summer'],
    ['2026-03-29T03:00:00Z', '2026-03-28T23:00:00Z', '2026-03-29T04:00:00Z', 'clocks go forward'],
    ['2026-10-25T03:30:00Z', '2026-10-24T22:00:00Z', '2026-10-25T05:00:00Z', 'clocks go back'],
  ] as const;
  for (const [now, last, next, label] of cases) {
    it(`at ${now} (${label}) was last ${last} and is next ${next}`, async () => {
      const { backend, browser } = setup();
      backend.clock.set(Date.parse(now));
      await signIn(backend, browser, 'm.devries');
      const answer = await call(browser, 'GET', `${noah}/sync-status`);
      assert.equal(answer.status, 200);
      assert.equal(answer.body.lastSyncAt, new Date(last).toISOString());
      assert.equal(answer.body.nextSyncAt, new Date(next).toISOString());
      assert.deepEqual(
        [answer.body.intervalMinutes, answer.body.windowStart, answer.body.windowEnd],
        [60, '06:00', '24:00'],
      );
      assert.equal(answer.body.timeZone, 'Europe/Amsterdam');
    });
  }

  it('needs a session and a client one acts for', async () => {
    const { backend, browser } = setup();
    assert.equal((await call(browser, 'GET', `${noah}/sync-status`)).status, 401);
    await signIn(backend, browser, 'e.jansen');
    assert.equal((await call(browser, 'GET', `${noah}/sync-status`)).status, 404);
    assert.equal((await call(browser, 'GET', '/clients/cl-els/sync-status')).status, 200);
  });
});

describe('the summary', () => {
  it('counts every granted section, matching what the lists show', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const { since, sections, counts } = await summary(browser);
    assert.equal(since, at(T0 - 3 * DAY), 'the seeded previous visit, three days ago');
    assert.deepEqual(
      sections.map((s) => s.section),
      [
        'appointments',
        'messages',
        'bulletin',
        'reports',
        'measurements',
        'questionnaires',
        'plans',
      ],
    );
    const appointments = (await call(browser, 'GET', `${noah}/appointments`)).body.items.filter(
      (a: { start: string }) => a.start >= at(T0) && a.start < at(T0 + 7 * DAY),
    );
    assert.ok(appointments.length > 0);
    assert.equal(counts.appointments!.total, appointments.length);
    const conversations = (await call(browser, 'GET', `${noah}/conversations`)).body;
    const unread = conversations.reduce((n: number, c: { unread: number }) => n + c.unread, 0);
    assert.ok(unread > 0, 'the seed leaves Sanne unread messages');
    assert.equal(counts.messages!.new, unread);
    const block = await call(browser, 'GET', `${noah}/messages?limit=100`);
    assert.equal(counts.messages!.total, block.body.items.length);
    const posts = (await call(browser, 'GET', `${noah}/bulletin`)).body;
    assert.equal(counts.bulletin!.total, posts.length);
    const db = backend.db;
    const mine = <T extends { clientId: string }>(items: T[]) =>
      items.filter((i) => i.clientId === 'cl-noah');
    assert.equal(counts.reports!.total, mine(db.reports).length);
    assert.equal(counts.measurements!.total, mine(db.measurements).length);
    const open = mine(db.questionnaires).filter((q) => q.completedAt === undefined);
    assert.equal(counts.questionnaires!.new, open.length);
    const awaiting = mine(db.plans).filter((p) => p.status === 'awaiting-decision');
    assert.equal(counts.plans!.new, awaiting.length);
  });

  it('counts what others added since the previous visit, not what one added oneself', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    // Steps of 10 minutes keep both sessions within the idle timeout.
    backend.clock.advance(10 * MINUTE);
    const times = { start: at(T0 + 3 * DAY), end: at(T0 + 3 * DAY + 30 * MINUTE) };
    const swim = { title: 'Zwemdiploma A', visibility: 'public', ...times };
    const own = { title: 'Kapper', visibility: 'private', ...times };
    const path = `${noah}/appointments`;
    const key = (k: string) => ({ 'Idempotency-Key': `start-test-${k}` });
    assert.equal((await call(mark, 'POST', path, swim, key('mark'))).status, 201);
    assert.equal((await call(browser, 'POST', path, own, key('sanne'))).status, 201);
    careRecordBringsIn(backend, T0 + 10 * MINUTE);
    backend.clock.advance(10 * MINUTE);
    const again = newBrowser(backend);
    await signIn(backend, again, 's.devries');
    const { since, counts } = await summary(again);
    assert.equal(since, at(T0), 'the previous sign-in');
    assert.equal(counts.appointments!.new, 1, 'Mark’s appointment, not her own');
    assert.equal(counts.bulletin!.new, 1);
    assert.equal(counts.reports!.new, 1);
    assert.equal(counts.measurements!.new, 1);
    const later = T0 + 20 * MINUTE;
    const privateSoon = (await call(again, 'GET', path)).body.items.filter(
      (a: { visibility: string; start: string }) =>
        a.visibility === 'private' && a.start >= at(later) && a.start < at(later + 7 * DAY),
    );
    assert.ok(privateSoon.length >= 2, 'hers from the seed and the one just added');
    const marks = await summary(mark);
    assert.equal(
      counts.appointments!.total - marks.counts.appointments!.total,
      privateSoon.length,
      'private appointments count only for their maker',
    );
  });

  it('counts messages as read once the conversation is marked read', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const conversations = (await call(browser, 'GET', `${noah}/conversations`)).body;
    for (const c of conversations) {
      if (!c.unread) continue;
      const path = `${noah}/conversations/${c.id}/read`;
      assert.equal(
        (await call(browser, 'POST', path, { upToMessageId: c.lastMessage.id })).status,
        200,
      );
    }
    assert.equal((await summary(browser)).counts.messages!.new, 0);
  });

  it('leaves out the sections not granted, also right after a revocation', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'm.devries');
    assert.deepEqual(
      (await summary(browser)).sections.map((s) => s.section),
      ['appointments', 'messages', 'reports', 'measurements'],
    );
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'messages');
    assert.deepEqual(
      (await summary(browser)).sections.map((s) => s.section),
      ['appointments', 'reports', 'measurements'],
    );
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assert.equal((await call(els, 'GET', `${noah}/summary`)).status, 404);
  });

  it('shows a parent each child’s own counts', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const noahs = await summary(browser);
    const lottes = await summary(browser, '/clients/cl-lotte');
    const lotteMessages = (await call(browser, 'GET', '/clients/cl-lotte/messages?limit=100')).body;
    assert.equal(lottes.counts.messages!.total, lotteMessages.items.length);
    assert.notEqual(lottes.counts.messages!.total, noahs.counts.messages!.total);
  });
});
