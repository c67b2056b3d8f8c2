// The bulletin board (C11): newest first, short posts, only one's own can be removed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, newBrowser, setup, signIn } from './helpers.js';

const board = '/clients/cl-noah/bulletin';

interface Post {
  id: string;
  author: { id: string; name: string; kind: string };
  text: string;
  postedAt: string;
  deletable: boolean;
}

let keys = 0;
const key = () => ({ 'Idempotency-Key': `bulletin-test-${++keys}` });

async function sanne() {
  const { backend, browser } = setup();
  await signIn(backend, browser, 's.devries');
  return { backend, browser };
}

async function posts(browser: BrowserLikeFetch, path = board): Promise<Post[]> {
  const answer = await call<Post[]>(browser, 'GET', path);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

describe('the bulletin board', () => {
  it('lists the posts newest first; only one’s own are deletable', async () => {
    const { browser } = await sanne();
    const list = await posts(browser);
    assert.ok(list.length >= 2);
    const times = list.map((p) => p.postedAt);
    assert.deepEqual(times, [...times].sort().reverse());
    for (const p of list) assert.equal(p.deletable, p.author.id === 'u-sanne', p.text);
    assert.ok(
      list.some((p) => p.author.kind === 'care-staff'),
      'the care team posts too',
    );
    const lotte = await posts(browser, '/clients/cl-lotte/bulletin');
    assert.ok(!lotte.some((p) => list.some((q) => q.id === p.id)), 'each client has its own');
  });

  it('posts a short announcement that appears first', async () => {
    const { backend, browser } = await sanne();
    backend.clock.advance(1000);
    const text = 'Vrijdag zijn we niet thuis.';
    const created = await call<Post>(browser, 'POST', board, { text }, key());
    assert.equal(created.status, 201);
    assert.equal(created.body.text, text);
    assert.equal(created.body.deletable, true);
    assert.deepEqual(created.body.author, {
      id: 'u-sanne',
      name: 'Sanne de Vries',
      kind: 'contact',
    });
    assert.deepEqual((await posts(browser))[0], created.body);
  });

  it('accepts 1 to 500 characters, naming body.text otherwise, and stores nothing', async () => {
    const { backend, browser } = await sanne();
    const before = backend.db.bulletin.length;
    for (const body of [
      { text: '' },
      { text: 'x'.repeat(501) },
      {},
      { text: 'Hoi', pinned: true },
    ]) {
      const answer = await call(browser, 'POST', board, body, key());
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.match(answer.body.errors[0].field, /^body\.(text|pinned)$/);
    }
    assert.equal(backend.db.bulletin.length, before);
    const longest = await call(browser, 'POST', board, { text: 'x'.repeat(500) }, key());
    assert.equal(longest.status, 201);
  });

  it('posts once for one Idempotency-Key, and refuses the key for another text', async () => {
    const { browser } = await sanne();
    const before = (await posts(browser)).length;
    const k = key();
    const first = await call<Post>(browser, 'POST', board, { text: 'Oma komt zondag.' }, k);
    const again = await call<Post>(browser, 'POST', board, { text: 'Oma komt zondag.' }, k);
    assert.equal(again.body.id, first.body.id);
    const other = await call(browser, 'POST', board, { text: 'Opa komt zondag.' }, k);
    assert.equal(other.status, 422);
    assert.equal((await posts(browser)).length, before + 1);
  });

  it('removes one’s own post, and refuses to remove someone else’s', async () => {
    const { browser } = await sanne();
    const theirs = (await posts(browser)).find((p) => !p.deletable)!;
    const refused = await call(browser, 'DELETE', `${board}/${theirs.id}`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'read_only');
    assert.ok((await posts(browser)).some((p) => p.id === theirs.id));
    const mine = (await posts(browser)).find((p) => p.deletable)!;
    assert.equal((await call(browser, 'DELETE', `${board}/${mine.id}`)).status, 204);
    assert.ok(!(await posts(browser)).some((p) => p.id === mine.id));
    assert.equal((await call(browser, 'DELETE', `${board}/${mine.id}`)).status, 404);
  });
});

describe('access to the bulletin board', () => {
  it('is refused without the section, for another client, and right after a revocation', async () => {
    const { backend, browser } = await sanne();
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    const markList = await call(mark, 'GET', board);
    assert.equal(markList.status, 403);
    assert.equal(markList.body.code, 'forbidden_section');
    assert.equal((await call(mark, 'POST', board, { text: 'Hoi' }, key())).status, 403);
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assert.equal((await call(els, 'GET', board)).status, 404);
    const grant = backend.db.grants.find((g) => g.id === 'pe-sanne-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'bulletin');
    assert.equal((await call(browser, 'GET', board)).status, 403);
    assert.equal((await call(browser, 'GET', '/clients/cl-lotte/bulletin')).status, 200);
  });
});
