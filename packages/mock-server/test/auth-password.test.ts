import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, newBrowser, setup, signIn } from './helpers.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import type { BrowserLikeFetch } from '../src/testing.js';

const change = (browser: BrowserLikeFetch, currentPassword: string, newPassword: string) =>
  call(browser, 'POST', '/auth/password', { currentPassword, newPassword });

/** Signs e.jansen in on a fresh backend. */
async function signedInEls() {
  const { backend, browser } = setup({ seed: 'empty' });
  await signIn(backend, browser, 'e.jansen');
  return { backend, browser };
}

describe('changing the password (P3) and its rules', () => {
  it('refuses fewer than 8 and more than 128 characters with 400 on body.newPassword', async () => {
    const { browser } = await signedInEls();
    for (const length of [7, 129]) {
      const answer = await change(browser, DEMO_PASSWORD, 'a'.repeat(length - 1) + 'z');
      assert.equal(answer.status, 400, `length ${length}`);
      assert.equal(answer.body.code, 'validation_failed');
      assert.deepEqual(
        answer.body.errors.map((e: { field: string }) => e.field),
        ['body.newPassword'],
      );
    }
  });

  it('accepts 8, 64 and 128 characters, without composition rules', async () => {
    const { backend, browser } = await signedInEls();
    let current = DEMO_PASSWORD;
    for (const next of ['tulpen in', 'x'.repeat(63) + 'y', 'p'.repeat(127) + 'q', 'kortweg8']) {
      const answer = await change(browser, current, next);
      assert.equal(answer.status, 200, `${next.length} characters: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.step, 'signed-in');
      current = next;
    }
    await call(browser, 'POST', '/auth/sign-out');
    await signIn(backend, browser, 'e.jansen', 'kortweg8');
  });

  it('refuses common passwords, in any capitals, with 422 password_rejected', async () => {
    const { browser } = await signedInEls();
    for (const common of ['welkom01', 'Wachtwoord', 'password', '12345678', 'qwerty123']) {
      const answer = await change(browser, DEMO_PASSWORD, common);
      assert.equal(answer.status, 422, common);
      assert.equal(answer.body.code, 'password_rejected');
      assert.deepEqual(answer.body.errors, [
        { field: 'body.newPassword', code: 'common', message: 'is a commonly used password' },
      ]);
    }
  });

  it('refuses the username and the current password as the new one', async () => {
    const { browser } = await signedInEls();
    const username = await change(browser, DEMO_PASSWORD, 'E.Jansen');
    assert.equal(username.status, 422);
    assert.equal(username.body.code, 'password_rejected');
    assert.equal(username.body.errors[0].code, 'username');
    const same = await change(browser, DEMO_PASSWORD, DEMO_PASSWORD);
    assert.equal(same.body.code, 'password_rejected');
    assert.equal(same.body.errors[0].code, 'current');
  });

  it('refuses a wrong current password with 422 password_incorrect and keeps the old one', async () => {
    const { backend, browser } = await signedInEls();
    const wrong = await change(browser, 'niet-het-wachtwoord', 'een heel nieuw wachtwoord');
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.code, 'password_incorrect');
    await signIn(backend, newBrowser(backend), 'e.jansen', DEMO_PASSWORD);
  });

  it("ends the user's other sessions but keeps this one", async () => {
    const { backend, browser } = await signedInEls();
    const laptop = newBrowser(backend);
    await signIn(backend, laptop, 'e.jansen');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    const changed = await change(browser, DEMO_PASSWORD, 'een heel nieuw wachtwoord');
    assert.equal(changed.status, 200);
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
    assert.equal((await call(laptop, 'GET', '/session')).status, 401);
    assert.equal((await call(mark, 'GET', '/session')).status, 200, 'other people stay');
    const old = await call(laptop, 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: DEMO_PASSWORD,
    });
    assert.equal(old.status, 401);
    assert.equal(old.body.code, 'invalid_credentials');
  });
});
