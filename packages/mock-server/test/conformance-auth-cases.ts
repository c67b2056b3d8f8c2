import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FIRST_PASSWORD } from '../src/store/seed-people.js';
import { callOp, expectOp } from './conformance-kit.js';
import { lastDigits, newBrowser, setup, signIn } from './helpers.js';

const noCsrf = { 'X-Portal-Request': '' };

/** Every sign-in, account and session operation, with each documented answer. */
export function authCases() {
  it('signs in step by step and answers each documented error', async () => {
    const { backend, browser } = setup();
    await expectOp(browser, 'getSignInState', 401);
    await expectOp(browser, 'signIn', 400, { body: {} });
    await expectOp(browser, 'signIn', 403, {
      body: { username: 'e.jansen', password: 'x' },
      headers: noCsrf,
    });
    await expectOp(browser, 'signIn', 401, {
      body: { username: 'e.jansen', password: 'wrong-password' },
    });
    await expectOp(browser, 'requestSignInCode', 401);
    await expectOp(browser, 'verifySignInCode', 401, {
      body: { challengeId: 'ch-1', code: '123456' },
    });
    await expectOp(browser, 'signIn', 200, {
      body: { username: 'e.jansen', password: 'zonnebloem-2026' },
    });
    await expectOp(browser, 'getSignInState', 200);
    await expectOp(browser, 'requestSignInCode', 403, { headers: noCsrf });
    const sent = await expectOp(browser, 'requestSignInCode', 200);
    await expectOp(browser, 'requestSignInCode', 429);
    const challengeId = sent.body.challenge.id as string;
    await expectOp(browser, 'verifySignInCode', 400, { body: { challengeId, code: 'abc' } });
    await expectOp(browser, 'verifySignInCode', 403, {
      body: { challengeId, code: '000000' },
      headers: noCsrf,
    });
    const wrong = lastDigits(backend, 'e.jansen') === '000000' ? '111111' : '000000';
    await expectOp(browser, 'verifySignInCode', 422, { body: { challengeId, code: wrong } });
    await expectOp(browser, 'acceptTerms', 409, { body: { version: '2026-01' } });
    await expectOp(browser, 'answerInvitation', 409, {
      path: { invitationId: 'inv-1' },
      body: { decision: 'accept' },
    });
    await expectOp(browser, 'changePassword', 409, {
      body: { currentPassword: 'zonnebloem-2026', newPassword: 'een nieuw wachtwoord' },
    });
    await expectOp(browser, 'verifySignInCode', 200, {
      body: { challengeId, code: lastDigits(backend, 'e.jansen') },
    });
    await expectOp(browser, 'requestSignInCode', 409);
    await expectOp(browser, 'verifySignInCode', 409, { body: { challengeId, code: '123456' } });
    await expectOp(browser, 'getSession', 200);
    await expectOp(browser, 'keepAlive', 200);
    await expectOp(browser, 'keepAlive', 403, { headers: noCsrf });
    await expectOp(browser, 'signOut', 403, { headers: noCsrf });
    await expectOp(browser, 'signOut', 204);
    await expectOp(browser, 'getSession', 401);
    await expectOp(browser, 'keepAlive', 401);
    const wrongPassword = { body: { username: 'm.devries', password: 'not-the-password' } };
    for (let i = 0; i < 10 && (await callOp(browser, 'signIn', wrongPassword)).status !== 429; i++);
    await expectOp(browser, 'signIn', 429, {
      body: { username: 'm.devries', password: 'not-the-password' },
    });
  });

  it('takes a first sign-in through password change, terms and invitations', async () => {
    const { backend, browser } = setup();
    await expectOp(browser, 'changePassword', 401, {
      body: { currentPassword: 'a', newPassword: 'abcdefghij' },
    });
    await expectOp(browser, 'getTerms', 401);
    await expectOp(browser, 'acceptTerms', 401, { body: { version: '2026-01' } });
    await expectOp(browser, 'listInvitations', 401);
    await expectOp(browser, 'answerInvitation', 401, {
      path: { invitationId: 'inv-1' },
      body: { decision: 'accept' },
    });
    await expectOp(browser, 'signIn', 200, {
      body: { username: 'm.jansen', password: FIRST_PASSWORD },
    });
    const code = await expectOp(browser, 'requestSignInCode', 200);
    await expectOp(browser, 'verifySignInCode', 200, {
      body: { challengeId: code.body.challenge.id, code: lastDigits(backend, 'm.jansen') },
    });
    await expectOp(browser, 'changePassword', 400, {
      body: { currentPassword: FIRST_PASSWORD, newPassword: 'kort' },
    });
    await expectOp(browser, 'changePassword', 403, {
      body: { currentPassword: FIRST_PASSWORD, newPassword: 'lente in de tuin' },
      headers: noCsrf,
    });
    await expectOp(browser, 'changePassword', 422, {
      body: { currentPassword: 'niet-het-wachtwoord', newPassword: 'lente in de tuin' },
    });
    const changed = await expectOp(browser, 'changePassword', 200, {
      body: { currentPassword: FIRST_PASSWORD, newPassword: 'lente in de tuin' },
    });
    assert.equal(changed.body.step, 'terms');
    const terms = await expectOp(browser, 'getTerms', 200);
    await expectOp(browser, 'acceptTerms', 400, { body: {} });
    await expectOp(browser, 'acceptTerms', 403, {
      body: { version: terms.body.version },
      headers: noCsrf,
    });
    const accepted = await expectOp(browser, 'acceptTerms', 200, {
      body: { version: terms.body.version },
    });
    assert.equal(accepted.body.step, 'invitations');
    const invitations = await expectOp(browser, 'listInvitations', 200);
    const id = invitations.body[0].id as string;
    await expectOp(browser, 'answerInvitation', 400, {
      path: { invitationId: id },
      body: { decision: 'maybe' },
    });
    await expectOp(browser, 'answerInvitation', 403, {
      path: { invitationId: id },
      body: { decision: 'accept' },
      headers: noCsrf,
    });
    await expectOp(browser, 'answerInvitation', 404, {
      path: { invitationId: 'inv-999' },
      body: { decision: 'accept' },
    });
    const done = await expectOp(browser, 'answerInvitation', 200, {
      path: { invitationId: id },
      body: { decision: 'accept' },
    });
    assert.equal(done.body.step, 'signed-in');
  });

  it('resets a forgotten password by e-mail link', async () => {
    const { backend, browser } = setup();
    await expectOp(browser, 'requestPasswordReset', 400, { body: { username: 'e.jansen' } });
    await expectOp(browser, 'requestPasswordReset', 403, {
      body: { username: 'e.jansen', email: 'els.jansen@example.nl' },
      headers: noCsrf,
    });
    await expectOp(browser, 'requestPasswordReset', 202, {
      body: { username: 'e.jansen', email: 'els.jansen@example.nl' },
    });
    const link = backend.outbox().findLast((m) => m.channel === 'email')?.link ?? '';
    const token = new URL(link).hash.replace('#reset-token=', '');
    await expectOp(browser, 'confirmPasswordReset', 400, { body: { token } });
    await expectOp(browser, 'confirmPasswordReset', 403, {
      body: { token, username: 'e.jansen', newPassword: 'lente in de tuin' },
      headers: noCsrf,
    });
    await expectOp(browser, 'confirmPasswordReset', 422, {
      body: { token: 'x'.repeat(32), username: 'e.jansen', newPassword: 'lente in de tuin' },
    });
    await expectOp(browser, 'confirmPasswordReset', 204, {
      body: { token, username: 'e.jansen', newPassword: 'lente in de tuin' },
    });
    const reset = { body: { username: 's.devries', email: 'sanne@example.nl' } };
    for (
      let i = 0;
      i < 20 && (await callOp(browser, 'requestPasswordReset', reset)).status !== 429;
      i++
    );
    await expectOp(browser, 'requestPasswordReset', 429, {
      body: { username: 's.devries', email: 'sanne@example.nl' },
    });
    await signIn(backend, newBrowser(backend), 'e.jansen', 'lente in de tuin');
  });
}
