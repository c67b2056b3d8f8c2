// A new session id at each step that raises what the session may do; the old id ends (ASVS V3).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '../src/store/seed-people.js';
import { call, lastDigits, newBrowser, setup } from './helpers.js';

const SESSION = '__Host-portal-session';

/** Whether a copied session id still works (as someone who took it would find). */
async function stillWorks(backend: MockBackend, id: string): Promise<boolean> {
  const thief = newBrowser(backend);
  thief.cookies.set(SESSION, id);
  return (await call(thief, 'GET', '/auth/state')).status === 200;
}

async function passCode(backend: MockBackend, browser: BrowserLikeFetch, username: string) {
  const sent = await call(browser, 'POST', '/auth/code');
  return call(browser, 'POST', '/auth/code/verify', {
    challengeId: sent.body.challenge.id,
    code: lastDigits(backend, username),
  });
}

describe('session id renewal', () => {
  it('gives a new id when the code is verified; the id from the password step ends', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    const before = browser.cookies.get(SESSION)!;
    const verified = await passCode(backend, browser, 'e.jansen');
    assert.equal(verified.body.step, 'signed-in');
    const after = browser.cookies.get(SESSION)!;
    assert.notEqual(after, before);
    assert.equal(await stillWorks(backend, before), false, 'the copy from before the code');
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
  });

  it('gives a new id when the password is changed and again when signed in', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await call(browser, 'POST', '/auth/sign-in', {
      username: 'h.visser',
      password: FIRST_PASSWORD,
    });
    await passCode(backend, browser, 'h.visser');
    const atPasswordChange = browser.cookies.get(SESSION)!;
    const changed = await call(browser, 'POST', '/auth/password', {
      currentPassword: FIRST_PASSWORD,
      newPassword: 'een heel nieuw wachtwoord',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const atTerms = browser.cookies.get(SESSION)!;
    assert.notEqual(atTerms, atPasswordChange);
    assert.equal(await stillWorks(backend, atPasswordChange), false);
    const terms = await call(browser, 'GET', '/auth/terms');
    const accepted = await call(browser, 'POST', '/auth/terms', { version: terms.body.version });
    assert.equal(accepted.status, 200);
    if (accepted.body.step === 'signed-in') {
      assert.notEqual(browser.cookies.get(SESSION), atTerms);
      assert.equal(await stillWorks(backend, atTerms), false);
    }
    assert.equal(await stillWorks(backend, browser.cookies.get(SESSION)!), true);
  });
});
