import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, lastDigits, newBrowser, setup, signIn } from './helpers.js';
import { deserializeDb, serializeDb } from '../src/core/persist.js';
import { PASSWORD_ITERATIONS, hashPassword, verifyPassword } from '../src/core/secrets.js';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../src/core/cookies.js';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '../src/store/seed-people.js';
import type { MockBackend } from '../src/backend.js';

const NEW_PASSWORD = 'lente in de tuin';

/** The token of the last reset link sent. */
function lastToken(backend: MockBackend): string {
  const link = backend.outbox().findLast((m) => m.channel === 'email')?.link;
  assert.ok(link, 'a reset e-mail was sent');
  return new URL(link).hash.replace('#reset-token=', '');
}

/** Fails when `secret` occurs anywhere in the saved text. */
function assertAbsent(saved: string, secret: string, what: string) {
  assert.ok(secret.length >= 6, `${what} is a real secret`);
  assert.equal(saved.includes(secret), false, `the saved store contains ${what}`);
}

describe('secrets in the store', () => {
  it('keeps only PBKDF2 hashes with their own salt, verified against the password', async () => {
    const a = await hashPassword(DEMO_PASSWORD, 1000);
    const b = await hashPassword(DEMO_PASSWORD, 1000);
    assert.equal(a.algorithm, 'PBKDF2-SHA-256');
    assert.notEqual(a.salt, b.salt);
    assert.notEqual(a.hash, b.hash);
    assert.equal(await verifyPassword(DEMO_PASSWORD, a), true);
    assert.equal(await verifyPassword(`${DEMO_PASSWORD}x`, a), false);
    // Without the tests' setting, the store uses the production count.
    const { backend } = setup({ seed: 'empty', passwordIterations: PASSWORD_ITERATIONS });
    for (const user of backend.db.users.values()) {
      assert.equal(user.passwordHash.iterations, 600_000, user.username);
    }
    await signIn(backend, newBrowser(backend), 'e.jansen');
  });

  it('saves nothing the demo keeps that lets anyone sign in', async () => {
    const { backend, browser } = setup({ seed: 'default', codePolicy: 'new-device' });
    // Signed in on a trusted device, a code open in another browser, a reset link mailed.
    const { challenge } = (
      await call(browser, 'POST', '/auth/sign-in', {
        username: 'e.jansen',
        password: DEMO_PASSWORD,
      })
    ).body;
    const verified = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: challenge.id,
      code: lastDigits(backend, 'e.jansen'),
      trustDevice: true,
    });
    assert.equal(verified.body.step, 'signed-in');
    const other = newBrowser(backend);
    await call(other, 'POST', '/auth/sign-in', { username: 's.devries', password: DEMO_PASSWORD });
    const openCode = backend.lastCode('s.devries')!;
    await call(other, 'POST', '/auth/password-reset', {
      username: 'h.visser',
      email: 'henk.visser@example.nl',
    });
    const token = lastToken(backend);

    const saved = serializeDb(backend.db);
    assertAbsent(saved, DEMO_PASSWORD, 'the demo password');
    assertAbsent(saved, FIRST_PASSWORD, 'the first-sign-in password');
    assertAbsent(saved, openCode, 'the open SMS code');
    assertAbsent(saved, `"${openCode.split('-')[1]}"`, 'the digits of the open SMS code');
    assertAbsent(saved, token, 'the reset token');
    for (const cookies of [browser.cookies, other.cookies]) {
      assertAbsent(saved, cookies.get(SESSION_COOKIE)!, 'a session cookie value');
    }
    assertAbsent(saved, browser.cookies.get(DEVICE_COOKIE)!, 'the trusted-device cookie value');

    // The store read back still works: the browser stays signed in, the device trusted.
    backend.replaceDb(deserializeDb(saved));
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
    const again = await call(browser, 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: DEMO_PASSWORD,
    });
    assert.equal(again.body.step, 'signed-in', 'the trusted device needs no code');
    const wrong = await call(newBrowser(backend), 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: 'niet-het-goede',
    });
    assert.equal(wrong.status, 401);
    const reset = await call(other, 'POST', '/auth/password-reset/confirm', {
      token,
      username: 'h.visser',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(reset.status, 204);
    await call(other, 'POST', '/auth/sign-out');
    const henk = await call(other, 'POST', '/auth/sign-in', {
      username: 'h.visser',
      password: NEW_PASSWORD,
    });
    assert.equal(henk.status, 200);
  });

  it('signs in with a code after the store is read back', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    const state = await call(browser, 'POST', '/auth/code');
    const digits = lastDigits(backend, 'e.jansen');
    backend.replaceDb(deserializeDb(serializeDb(backend.db)));
    const verified = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: state.body.challenge.id,
      code: digits,
    });
    assert.equal(verified.body.step, 'signed-in');
    await signIn(backend, newBrowser(backend), 's.devries');
  });
});
