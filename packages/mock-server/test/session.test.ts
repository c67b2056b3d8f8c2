import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, newBrowser, setup, signIn, T0, type Answer } from './helpers.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import { operation } from '../src/validation/operations.js';
import { validateResponse } from '../src/validation/validator.js';

const SESSION = '__Host-portal-session';
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** Client-data reads carry the cross-site header too (the contract's default security). */
const portal = { 'X-Portal-Request': '1' };

function conforms(operationId: string, answer: Answer) {
  const type = answer.headers.get('content-type');
  assert.deepEqual(validateResponse(operation(operationId), answer.status, type, answer.body), []);
}

describe('the session (X7, X8)', () => {
  it('names the person, the clients with their sections, and the limits', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'm.devries');
    const answer = await call(browser, 'GET', '/session');
    assert.equal(answer.status, 200);
    conforms('getSession', answer);
    assert.deepEqual(answer.body, {
      user: { id: 'u-mark', name: 'Mark de Vries', username: 'm.devries' },
      clients: [
        {
          id: 'cl-noah',
          name: 'Noah de Vries',
          relation: 'parent',
          sections: ['appointments', 'messages', 'reports', 'measurements'],
        },
      ],
      idleTimeoutSeconds: 900,
      idleExpiresAt: iso(T0 + 15 * MINUTE),
      expiresAt: iso(T0 + 12 * 60 * MINUTE),
      previousVisitAt: iso(T0 - 3 * 24 * 60 * MINUTE),
    });
  });

  it('lists every client of a parent acting for two children', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 's.devries');
    const { body } = await call(browser, 'GET', '/session');
    assert.deepEqual(
      body.clients.map((c: { id: string }) => c.id),
      ['cl-noah', 'cl-lotte'],
    );
  });

  it('remembers the previous visit', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    await call(browser, 'POST', '/auth/sign-out');
    backend.clock.advance(2 * 60 * MINUTE);
    await signIn(backend, browser, 'e.jansen');
    const { body } = await call(browser, 'GET', '/session');
    assert.equal(body.previousVisitAt, iso(T0));
  });

  it('is not there before the sign-in is finished', async () => {
    const { browser } = setup({ seed: 'empty' });
    assert.equal((await call(browser, 'GET', '/session')).body.code, 'unauthenticated');
    await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    assert.equal((await call(browser, 'GET', '/session')).status, 401);
    assert.equal((await call(browser, 'POST', '/session/keep-alive')).status, 401);
  });

  it('ends after 15 idle minutes; reading the session does not count as activity', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    backend.clock.advance(14 * MINUTE);
    const read = await call(browser, 'GET', '/session');
    assert.equal(read.body.idleExpiresAt, iso(T0 + 15 * MINUTE), 'reading did not extend it');
    backend.clock.advance(MINUTE);
    const expired = await call(browser, 'GET', '/session');
    assert.equal(expired.status, 401);
    assert.equal(expired.body.code, 'session_expired');
    const data = await call(browser, 'GET', '/clients/cl-els/profile', undefined, portal);
    assert.equal(data.status, 401);
  });

  it('stays alive with keep-alive, and any other call counts as activity too', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    backend.clock.advance(14 * MINUTE);
    const kept = await call(browser, 'POST', '/session/keep-alive');
    assert.equal(kept.status, 200);
    conforms('keepAlive', kept);
    assert.equal(kept.body.idleExpiresAt, iso(T0 + 29 * MINUTE));
    assert.equal(kept.body.expiresAt, iso(T0 + 12 * 60 * MINUTE), 'the absolute limit stays');
    backend.clock.advance(14 * MINUTE);
    assert.equal((await call(browser, 'GET', '/auth/state')).status, 200);
    backend.clock.advance(14 * MINUTE);
    const session = await call(browser, 'GET', '/session');
    assert.equal(session.status, 200);
    assert.equal(session.body.idleExpiresAt, iso(T0 + 43 * MINUTE));
  });

  it('ends after 12 hours however active the person is', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    for (let elapsed = 0; elapsed + 10 * MINUTE < 12 * 60 * MINUTE; elapsed += 10 * MINUTE) {
      backend.clock.advance(10 * MINUTE);
      assert.equal((await call(browser, 'POST', '/session/keep-alive')).status, 200);
    }
    backend.clock.advance(10 * MINUTE);
    const ended = await call(browser, 'POST', '/session/keep-alive');
    assert.equal(ended.status, 401);
    assert.equal(ended.body.code, 'session_expired');
  });
});

describe('signing out (C13, X8)', () => {
  it('ends the session on the server: the old cookie replayed gets 401', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const cookie = browser.cookies.get(SESSION)!;
    const out = await call(browser, 'POST', '/auth/sign-out');
    assert.equal(out.status, 204);
    const [cleared] = out.headers.getSetCookie();
    assert.match(cleared!, /^__Host-portal-session=; Path=\/; Max-Age=0; Secure; HttpOnly/);
    assert.equal(browser.cookies.has(SESSION), false);
    browser.cookies.set(SESSION, cookie);
    const replay = await call(browser, 'GET', '/session');
    assert.equal(replay.status, 401);
    const data = await call(browser, 'GET', '/clients/cl-els/profile', undefined, portal);
    assert.equal(data.status, 401);
  });

  it('answers 204 without a session, and 403 without the cross-site header', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const out = await call(browser, 'POST', '/auth/sign-out');
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie()[0]!, /Max-Age=0/);
    await signIn(backend, browser, 'e.jansen');
    const forged = await call(browser, 'POST', '/auth/sign-out', undefined, {
      'X-Portal-Request': '',
    });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.code, 'csrf_check_failed');
    assert.equal((await call(browser, 'GET', '/session')).status, 200, 'still signed in');
  });

  it('keeps two browsers independent', async () => {
    const { backend } = setup({ seed: 'empty' });
    const home = newBrowser(backend);
    const work = newBrowser(backend);
    await signIn(backend, home, 'e.jansen');
    await signIn(backend, work, 's.devries');
    assert.notEqual(home.cookies.get(SESSION), work.cookies.get(SESSION));
    assert.equal((await call(home, 'GET', '/session')).body.user.username, 'e.jansen');
    assert.equal((await call(work, 'GET', '/session')).body.user.username, 's.devries');
    await call(home, 'POST', '/auth/sign-out');
    assert.equal((await call(home, 'GET', '/session')).status, 401);
    assert.equal((await call(work, 'GET', '/session')).status, 200);
  });

  it('keeps two sessions of one person independent', async () => {
    const { backend } = setup({ seed: 'empty' });
    const phone = newBrowser(backend);
    const laptop = newBrowser(backend);
    await signIn(backend, phone, 'e.jansen');
    await signIn(backend, laptop, 'e.jansen');
    await call(phone, 'POST', '/auth/sign-out');
    assert.equal((await call(laptop, 'GET', '/session')).status, 200);
  });
});
