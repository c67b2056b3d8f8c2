import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '@clientportal/mock-server';
import { ApiError, type SessionState } from '../src/index.js';
import { browserClient, lastDigits, mockBackend, signInThroughFlow } from './mock-helpers.js';

/** Records the store's events by type. */
function eventTypes(target: EventTarget): string[] {
  const types: string[] = [];
  for (const type of ['signed-in', 'signed-out', 'expired']) {
    target.addEventListener(type, () => types.push(type));
  }
  return types;
}

describe('sign-in with the every-sign-in policy', () => {
  test('password, ask for a code, check it: signed in with the session loaded', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    const events = eventTypes(client.session);
    const statuses: SessionState['status'][] = [];
    client.session.subscribe((s) => statuses.push(s.status));

    const afterPassword = await client.signIn.start('e.jansen', DEMO_PASSWORD);
    assert.equal(afterPassword.step, 'code');
    assert.equal(afterPassword.challenge, undefined);
    assert.equal(client.session.getState().signIn?.step, 'code');

    const withCode = await client.signIn.requestCode();
    assert.match(withCode.challenge?.prefix ?? '', /^\d{4}$/);
    // People may type the prefix shown on screen as well.
    const typed = backend.lastCode('e.jansen')!;
    const done = await client.signIn.verifyCode(typed);

    assert.equal(done.step, 'signed-in');
    const state = client.session.getState();
    assert.equal(state.status, 'signed-in');
    assert.equal(state.session?.user.username, 'e.jansen');
    assert.ok(state.session.clients.length > 0);
    assert.deepEqual(events, ['signed-in']);
    assert.deepEqual(statuses, ['signing-in', 'signing-in', 'signed-in']);
  });

  test('a wrong code is an ApiError with the tries left; the step stays', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await client.signIn.start('e.jansen', DEMO_PASSWORD);
    await client.signIn.requestCode();
    const right = lastDigits(backend, 'e.jansen');
    const wrong = right === '000000' ? '111111' : '000000';
    await assert.rejects(client.signIn.verifyCode(wrong), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.code, 'code_invalid');
      assert.equal(e.attemptsLeft, 4);
      return true;
    });
    assert.equal(client.session.getState().status, 'signing-in');
    assert.equal((await client.signIn.verifyCode(right)).step, 'signed-in');
  });

  test('a wrong password is invalid_credentials and leaves the store as it was', async () => {
    const { client } = browserClient(mockBackend());
    await client.session.refresh();
    await assert.rejects(
      client.signIn.start('e.jansen', 'not the password'),
      (e: unknown) => e instanceof ApiError && e.code === 'invalid_credentials',
    );
    assert.deepEqual(client.session.getState(), { status: 'signed-out' });
  });

  test('checking a code before one was asked for fails before sending', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await client.signIn.start('e.jansen', DEMO_PASSWORD);
    await assert.rejects(
      client.signIn.verifyCode('123456'),
      (e: unknown) => e instanceof ApiError && e.code === 'challenge_invalid' && e.status === 0,
    );
  });
});

describe('sign-in with the new-device policy', () => {
  test('the code comes at once; a trusted device skips it next time', async () => {
    const backend = mockBackend('new-device');
    const { client } = browserClient(backend);
    const first = await client.signIn.start('s.devries', DEMO_PASSWORD);
    assert.equal(first.step, 'code');
    assert.ok(first.challenge, 'the code is sent with the password step');
    const done = await client.signIn.verifyCode(lastDigits(backend, 's.devries'), {
      trustDevice: true,
    });
    assert.equal(done.step, 'signed-in');
    await client.session.signOut();
    assert.equal(client.session.getState().reason, 'signed-out');

    const smsBefore = backend.outbox().length;
    const events = eventTypes(client.session);
    const again = await client.signIn.start('s.devries', DEMO_PASSWORD);
    assert.equal(again.step, 'signed-in');
    assert.equal(backend.outbox().length, smsBefore, 'no SMS on a trusted device');
    assert.equal(client.session.getState().session?.user.username, 's.devries');
    assert.deepEqual(events, ['signed-in']);
    // Another browser is a new device.
    const other = browserClient(backend).client;
    assert.equal((await other.signIn.start('s.devries', DEMO_PASSWORD)).step, 'code');
  });
});

describe('first sign-in', () => {
  test('h.visser: code, then a new password, then the terms', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await client.signIn.start('h.visser', FIRST_PASSWORD);
    await client.signIn.requestCode();
    const afterCode = await client.signIn.verifyCode(lastDigits(backend, 'h.visser'));
    assert.equal(afterCode.step, 'password-change');
    assert.equal(afterCode.passwordRules.minLength, 8);

    const afterPassword = await client.signIn.changePassword(FIRST_PASSWORD, 'lente in de tuin');
    assert.equal(afterPassword.step, 'terms');
    const terms = await client.signIn.getTerms();
    assert.equal(terms.version, afterPassword.termsVersion);
    assert.ok(terms.text.length > 0);

    const done = await client.signIn.acceptTerms(terms.version);
    assert.equal(done.step, 'signed-in');
    assert.equal(client.session.getState().session?.user.username, 'h.visser');
  });

  test('m.jansen: after the terms, the invitation', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await client.signIn.start('m.jansen', FIRST_PASSWORD);
    await client.signIn.requestCode();
    await client.signIn.verifyCode(lastDigits(backend, 'm.jansen'));
    await client.signIn.changePassword(FIRST_PASSWORD, 'zomer aan zee 2026');
    const terms = await client.signIn.getTerms();
    const atInvitations = await client.signIn.acceptTerms(terms.version);
    assert.equal(atInvitations.step, 'invitations');
    assert.equal(atInvitations.pendingInvitations, 1);

    const [invitation] = await client.signIn.listInvitations();
    assert.ok(invitation);
    const done = await client.signIn.answerInvitation(invitation.id, 'accept');
    assert.equal(done.step, 'signed-in');
    const names = client.session.getState().session?.clients.map((c) => c.name);
    assert.ok(names?.includes(invitation.clientName), `${names} lacks ${invitation.clientName}`);
  });
});

describe('the session store on the mock backend', () => {
  test('another page of the site finds the session; mid sign-in it finds the step', async () => {
    const backend = mockBackend('every-sign-in');
    const { client, browser } = browserClient(backend);
    await client.signIn.start('e.jansen', DEMO_PASSWORD);
    const midway = browserClient(backend, browser).client;
    const state = await midway.session.refresh();
    assert.equal(state.status, 'signing-in');
    assert.equal(state.signIn?.step, 'code');

    await client.signIn.requestCode();
    await client.signIn.verifyCode(lastDigits(backend, 'e.jansen'));
    const nextPage = browserClient(backend, browser).client;
    assert.equal((await nextPage.session.refresh()).status, 'signed-in');
  });

  test('signed in, then expired on a 401 when the session ended elsewhere', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await signInThroughFlow(backend, client, 'e.jansen', DEMO_PASSWORD);
    const events = eventTypes(client.session);

    // The same person changes the password on another computer, which ends this session.
    const elsewhere = browserClient(backend).client;
    await signInThroughFlow(backend, elsewhere, 'e.jansen', DEMO_PASSWORD);
    await elsewhere.signIn.changePassword(DEMO_PASSWORD, 'een heel nieuw wachtwoord');

    // The next call of this page finds out.
    await assert.rejects(
      client.session.keepAlive(),
      (e: unknown) => e instanceof ApiError && e.status === 401,
    );
    assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'expired' });
    assert.deepEqual(events, ['expired']);
    assert.equal(elsewhere.session.getState().status, 'signed-in');
  });

  test('a 401 after the idle timeout reads as idle', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await signInThroughFlow(backend, client, 'e.jansen', DEMO_PASSWORD);
    backend.clock.advance(16 * 60 * 1000);
    // A 401 inside the sign-in's own calls is not the session store's business.
    assert.equal((await client.api.GET('/auth/terms')).response.status, 401);
    assert.equal(client.session.getState().status, 'signed-in');
    await client.api.GET('/session');
    assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'idle' });
  });

  test('keepAlive resets the idle timeout on the server', async () => {
    const backend = mockBackend('every-sign-in');
    const { client } = browserClient(backend);
    await signInThroughFlow(backend, client, 'e.jansen', DEMO_PASSWORD);
    backend.clock.advance(10 * 60 * 1000);
    await client.session.keepAlive();
    assert.equal(client.session.idleExpiresAt, backend.clock.now() + 15 * 60 * 1000);
    backend.clock.advance(10 * 60 * 1000);
    assert.equal((await client.session.refresh()).status, 'signed-in');
  });

  test('sign-out ends the session on the server', async () => {
    const backend = mockBackend('every-sign-in');
    const { client, browser } = browserClient(backend);
    await signInThroughFlow(backend, client, 'e.jansen', DEMO_PASSWORD);
    const events = eventTypes(client.session);
    await client.session.signOut();
    assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'signed-out' });
    assert.deepEqual(events, ['signed-out']);
    assert.ok([...backend.db.sessions.values()].every((s) => s.ended));
    assert.equal(browser.cookies.has('__Host-portal-session'), false);
    assert.equal(
      (await browserClient(backend, browser).client.session.refresh()).status,
      'signed-out',
    );
  });

  test('password reset: request and confirm reach the server', async () => {
    const backend = mockBackend();
    const { client } = browserClient(backend);
    await client.requestPasswordReset('e.jansen', 'nobody@example.nl');
    await assert.rejects(
      client.confirmPasswordReset('0123456789abcdef0123', 'e.jansen', 'lente in de tuin'),
      (e: unknown) => e instanceof ApiError && e.code === 'reset_token_invalid',
    );
  });
});
