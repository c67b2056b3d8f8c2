import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, lastDigits, newBrowser, setup, signIn } from './helpers.js';
import { createChallenge } from '../src/core/challenges.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';

/** Signs in with the password and asks for a code; returns the challenge. */
async function askCode(backend: MockBackend, browser: BrowserLikeFetch, username = 'e.jansen') {
  const state = await call(browser, 'POST', '/auth/sign-in', { username, password: DEMO_PASSWORD });
  assert.equal(state.status, 200);
  const asked = await call(browser, 'POST', '/auth/code');
  assert.equal(asked.status, 200, JSON.stringify(asked.body));
  return { challenge: asked.body.challenge, digits: lastDigits(backend, username) };
}

const verify = (browser: BrowserLikeFetch, challengeId: string, code: string) =>
  call(browser, 'POST', '/auth/code/verify', { challengeId, code });

const other = (digits: string) => (digits === '000000' ? '111111' : '000000');

describe('SMS sign-in codes', () => {
  it('shows a 4-digit prefix and lasts 10 minutes with 5 tries', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const { challenge, digits } = await askCode(backend, browser);
    assert.match(challenge.prefix, /^\d{4}$/);
    assert.match(digits, /^\d{6}$/);
    assert.equal(challenge.purpose, 'sign-in');
    assert.equal(challenge.attemptsLeft, 5);
    assert.equal(challenge.expiresAt, new Date(backend.clock.now() + 600_000).toISOString());
    assert.equal(challenge.resendAvailableAt, new Date(backend.clock.now() + 30_000).toISOString());
  });

  it('counts down wrong codes and voids the challenge after the fifth', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const { challenge, digits } = await askCode(backend, browser);
    for (const left of [4, 3, 2, 1]) {
      const wrong = await verify(browser, challenge.id, other(digits));
      assert.equal(wrong.status, 422);
      assert.equal(wrong.body.code, 'code_invalid');
      assert.equal(wrong.body.attemptsLeft, left);
    }
    const fifth = await verify(browser, challenge.id, other(digits));
    assert.equal(fifth.status, 422);
    assert.equal(fifth.body.code, 'too_many_attempts');
    assert.equal(fifth.body.attemptsLeft, 0);
    const right = await verify(browser, challenge.id, digits);
    assert.equal(right.body.code, 'challenge_invalid', 'the right code is too late now');
    const fresh = await call(browser, 'POST', '/auth/code');
    assert.equal(fresh.status, 200, 'a void challenge does not hold back a new one');
    const ok = await verify(browser, fresh.body.challenge.id, lastDigits(backend, 'e.jansen'));
    assert.equal(ok.body.step, 'signed-in');
  });

  it('expires after 10 minutes', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const { challenge, digits } = await askCode(backend, browser);
    backend.clock.advance(600_000);
    const late = await verify(browser, challenge.id, digits);
    assert.equal(late.status, 422);
    assert.equal(late.body.code, 'code_expired');
    const asked = await call(browser, 'POST', '/auth/code');
    const ok = await verify(browser, asked.body.challenge.id, lastDigits(backend, 'e.jansen'));
    assert.equal(ok.body.step, 'signed-in');
  });

  it('still works just before the 10 minutes are up', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const { challenge, digits } = await askCode(backend, browser);
    backend.clock.advance(599_000);
    assert.equal((await verify(browser, challenge.id, digits)).body.step, 'signed-in');
  });

  it('refuses a resend within 30 seconds with Retry-After, and voids the old code on resend', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const first = await askCode(backend, browser);
    backend.clock.advance(10_000);
    const soon = await call(browser, 'POST', '/auth/code');
    assert.equal(soon.status, 429);
    assert.equal(soon.body.code, 'too_many_requests');
    assert.equal(soon.headers.get('retry-after'), '20');
    backend.clock.advance(20_000);
    const second = await call(browser, 'POST', '/auth/code');
    assert.equal(second.status, 200);
    assert.notEqual(second.body.challenge.id, first.challenge.id);
    const old = await verify(browser, first.challenge.id, first.digits);
    assert.equal(old.body.code, 'challenge_invalid', 'the first code is void');
    const crossed = await verify(browser, second.body.challenge.id, first.digits);
    if (first.digits !== lastDigits(backend, 'e.jansen'))
      assert.equal(crossed.body.code, 'code_invalid', "the first code's digits do not fit");
    const ok = await verify(browser, second.body.challenge.id, lastDigits(backend, 'e.jansen'));
    assert.equal(ok.body.step, 'signed-in');
  });

  it('is bound to the session that asked for it', async () => {
    const { backend } = setup({ seed: 'empty' });
    const mine = newBrowser(backend);
    const thief = newBrowser(backend);
    const { challenge, digits } = await askCode(backend, mine);
    await call(thief, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    const stolen = await verify(thief, challenge.id, digits);
    assert.equal(stolen.status, 422);
    assert.equal(stolen.body.code, 'challenge_invalid');
    assert.equal((await call(thief, 'GET', '/session')).status, 401);
    assert.equal((await verify(mine, challenge.id, digits)).body.step, 'signed-in');
  });

  it('is single use: a used code does not sign in again', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const first = await askCode(backend, browser);
    assert.equal((await verify(browser, first.challenge.id, first.digits)).body.step, 'signed-in');
    const again = await verify(browser, first.challenge.id, first.digits);
    assert.equal(again.status, 409, 'nothing to verify once signed in');
    assert.equal(again.body.code, 'step_out_of_order');
    await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    const reused = await verify(browser, first.challenge.id, first.digits);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'challenge_invalid');
    assert.equal((await call(browser, 'GET', '/session')).status, 401);
  });

  it('does not accept a code made to confirm a care plan', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: DEMO_PASSWORD });
    const db = backend.db;
    const session = [...db.sessions.values()].find((s) => !s.ended)!;
    const user = db.users.get(session.userId)!;
    const plan = await createChallenge(db, backend.clock.now(), session, user, {
      purpose: 'plan-decision',
      planId: 'pl-1',
      planVersion: 1,
      decision: 'sign',
    });
    const answer = await verify(browser, plan.id, lastDigits(backend, 'e.jansen'));
    assert.equal(answer.status, 422);
    assert.equal(answer.body.code, 'challenge_invalid');
  });

  it('sends a new code at every sign-in (P1)', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const first = backend.lastCode('e.jansen');
    await call(browser, 'POST', '/auth/sign-out');
    await signIn(backend, browser, 'e.jansen');
    const codes = backend.outbox().filter((m) => m.channel === 'sms' && m.userId === 'u-els');
    assert.equal(codes.length, 2);
    assert.notEqual(backend.lastCode('e.jansen'), first);
  });

  it('lets the new-device policy resend only after 30 seconds too', async () => {
    const { backend, browser } = setup({ seed: 'empty', codePolicy: 'new-device' });
    const state = await call(browser, 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: DEMO_PASSWORD,
    });
    assert.equal((await call(browser, 'POST', '/auth/code')).status, 429);
    backend.clock.advance(30_000);
    const resent = await call(browser, 'POST', '/auth/code');
    assert.equal(resent.status, 200);
    assert.notEqual(resent.body.challenge.id, state.body.challenge.id);
  });
});
