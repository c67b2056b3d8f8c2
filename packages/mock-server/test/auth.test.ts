import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, call, lastDigits, newBrowser, setup, signIn, type Answer } from './helpers.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import { operation } from '../src/validation/operations.js';
import { validateResponse } from '../src/validation/validator.js';

/** The header through which a test names the source address (the HTTP server sets it itself). */
const SOURCE = 'X-Mock-Client-Address';
const SESSION = '__Host-portal-session';
const DEVICE = '__Host-portal-device';

/** Asserts the answer is one the contract documents for the operation, in shape too. */
function conforms(operationId: string, answer: Answer) {
  const type = answer.headers.get('content-type');
  assert.deepEqual(validateResponse(operation(operationId), answer.status, type, answer.body), []);
}

const password = (username: string, pw = DEMO_PASSWORD) => ({ username, password: pw }) as const;

describe('sign-in with password (C1)', () => {
  it('sets a session cookie with the required attributes and names the code step', async () => {
    const { browser } = setup({ seed: 'empty' });
    const answer = await call(browser, 'POST', '/auth/sign-in', password('e.jansen'));
    assert.equal(answer.status, 200);
    conforms('signIn', answer);
    assert.equal(answer.body.step, 'code');
    assert.equal(answer.body.codePolicy, 'every-sign-in');
    assert.deepEqual(answer.body.passwordRules, { minLength: 8, maxLength: 128 });
    const [cookie] = answer.headers.getSetCookie();
    assert.match(cookie!, /^__Host-portal-session=[0-9a-f]{32,}; Path=\//);
    for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Strict'])
      assert.ok(cookie!.includes(attribute), `${attribute} in ${cookie}`);
    assert.ok(!/max-age/i.test(cookie!), 'a browser-session cookie, not a persistent one');
  });

  it('answers a wrong password and an unknown username identically', async () => {
    const { browser } = setup({ seed: 'empty' });
    const wrong = await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'niet-goed'));
    const unknown = await call(browser, 'POST', '/auth/sign-in', password('niemand', 'niet-goed'));
    assert.equal(wrong.status, 401);
    conforms('signIn', wrong);
    assert.equal(wrong.body.code, 'invalid_credentials');
    assert.equal(unknown.status, wrong.status);
    assert.deepEqual(unknown.body, wrong.body);
    assert.deepEqual([...unknown.headers], [...wrong.headers]);
    assert.equal(browser.cookies.size, 0, 'no session for a failed sign-in');
  });

  it('throttles wrong passwords with growing delays and Retry-After, never a lock', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    for (let i = 1; i <= 3; i++) {
      const answer = await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'fout'));
      assert.equal(answer.status, 401, `attempt ${i}`);
    }
    const soon = await call(browser, 'POST', '/auth/sign-in', password('e.jansen'));
    assert.equal(soon.status, 429, 'even the right password waits its turn');
    conforms('signIn', soon);
    assert.equal(soon.body.code, 'too_many_attempts');
    assert.equal(soon.headers.get('retry-after'), '1');
    backend.clock.advance(1_000);
    assert.equal(
      (await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'x'))).status,
      401,
    );
    const longer = await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'x'));
    assert.equal(longer.headers.get('retry-after'), '2', 'the delay grows');
    const other = await call(newBrowser(backend), 'POST', '/auth/sign-in', password('s.devries'), {
      [SOURCE]: '198.51.100.7',
    });
    assert.equal(other.status, 200, 'other usernames are not affected');
  });

  it("lets the owner sign in within a minute after a stranger's seven wrong tries", async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const stranger = { [SOURCE]: '203.0.113.9' };
    let tries = 0;
    while (tries < 7) {
      const answer = await call(
        browser,
        'POST',
        '/auth/sign-in',
        password('e.jansen', 'raden'),
        stranger,
      );
      if (answer.status === 401) tries++;
      else backend.clock.advance(Number(answer.headers.get('retry-after')) * 1000);
    }
    const owner = newBrowser(backend);
    const from = { [SOURCE]: '192.0.2.44' };
    const first = await call(owner, 'POST', '/auth/sign-in', password('e.jansen'), from);
    const wait = first.status === 429 ? Number(first.headers.get('retry-after')) : 0;
    assert.ok(wait <= 60, `the owner waits ${wait} s`);
    backend.clock.advance(wait * 1000);
    const signedIn = await call(owner, 'POST', '/auth/sign-in', password('e.jansen'), from);
    assert.equal(signedIn.status, 200);
  });

  it('throttles an unknown username exactly like a known one', async () => {
    const statuses: Record<string, Answer[]> = {};
    for (const name of ['e.jansen', 'niemand']) {
      const { browser } = setup({ seed: 'empty' });
      statuses[name] = [];
      for (let i = 0; i < 6; i++)
        statuses[name].push(await call(browser, 'POST', '/auth/sign-in', password(name, 'x')));
    }
    const [known, unknown] = [statuses['e.jansen']!, statuses['niemand']!];
    assert.deepEqual(
      known.map((a) => a.status),
      [401, 401, 401, 429, 429, 429],
    );
    assert.deepEqual(
      unknown.map((a) => [a.status, a.body, a.headers.get('retry-after')]),
      known.map((a) => [a.status, a.body, a.headers.get('retry-after')]),
    );
  });

  it('forgets the wrong passwords of a username after a successful sign-in', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    for (let i = 0; i < 3; i++)
      await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'x'));
    backend.clock.advance(1_000);
    assert.equal((await call(browser, 'POST', '/auth/sign-in', password('e.jansen'))).status, 200);
    for (let i = 0; i < 3; i++) {
      const answer = await call(browser, 'POST', '/auth/sign-in', password('e.jansen', 'x'), {
        [SOURCE]: '198.51.100.8',
      });
      assert.equal(answer.status, 401, 'the count started over');
    }
  });

  it('refuses a state-changing call without X-Portal-Request with 403 csrf_check_failed', async () => {
    const { browser } = setup({ seed: 'empty' });
    const response = await browser(`${API}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(password('e.jansen')),
    });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { code: string }).code, 'csrf_check_failed');
    assert.equal(browser.cookies.size, 0);
  });

  it('gives every sign-in a new session id and ends the one the browser had', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const first = browser.cookies.get(SESSION)!;
    await call(browser, 'POST', '/auth/sign-in', password('e.jansen'));
    const second = browser.cookies.get(SESSION)!;
    assert.notEqual(second, first);
    const replay = newBrowser(backend);
    replay.cookies.set(SESSION, first);
    assert.equal((await call(replay, 'GET', '/session')).status, 401);
  });
});

describe('SMS code at every sign-in (P1)', () => {
  it('sends no code until asked, then signs in with the 6 digits', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const state = await call(browser, 'POST', '/auth/sign-in', password('e.jansen'));
    assert.equal(state.body.challenge, undefined);
    assert.equal(backend.lastCode('e.jansen'), undefined, 'no SMS before the user asks');
    assert.equal((await call(browser, 'GET', '/session')).status, 401, 'not signed in yet');
    const asked = await call(browser, 'POST', '/auth/code');
    assert.equal(asked.status, 200);
    conforms('requestSignInCode', asked);
    const { challenge } = asked.body;
    const sms = backend.outbox().at(-1)!;
    assert.equal(sms.channel, 'sms');
    assert.equal(sms.to, '0611111111');
    assert.equal(sms.code, `${challenge.prefix}-${lastDigits(backend, 'e.jansen')}`);
    assert.match(sms.text, new RegExp(`${challenge.prefix}-\\d{6}`));
    assert.equal(challenge.sentTo, '06-•••••111');
    const reread = await call(browser, 'GET', '/auth/state');
    assert.deepEqual(reread.body.challenge, challenge, 'a reload shows the same prefix');
    const done = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: challenge.id,
      code: lastDigits(backend, 'e.jansen'),
      trustDevice: true,
    });
    assert.equal(done.status, 200);
    conforms('verifySignInCode', done);
    assert.equal(done.body.step, 'signed-in');
    const cookies = done.headers.getSetCookie();
    assert.ok(!cookies.some((c) => c.startsWith('__Host-portal-device=')), 'no trusted device');
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
  });

  it('asks for a new code at the next sign-in, even on the same browser', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const before = backend.lastCode('e.jansen');
    const again = await call(browser, 'POST', '/auth/sign-in', password('e.jansen'));
    assert.equal(again.body.step, 'code');
    const asked = await call(browser, 'POST', '/auth/code');
    assert.notEqual(asked.body.challenge.id, undefined);
    assert.notEqual(backend.lastCode('e.jansen'), before);
  });
});

describe('device verification (C2, policy new-device)', () => {
  it('renews the device cookie when the device is trusted again: a year from now, a new value', async () => {
    const { backend, browser } = setup({ seed: 'empty', codePolicy: 'new-device' });
    /** Signs in with the code and "Dit apparaat onthouden"; the device cookie set, if any. */
    const trust = async (username: string) => {
      const state = await call(browser, 'POST', '/auth/sign-in', password(username));
      assert.equal(state.body.step, 'code');
      const done = await call(browser, 'POST', '/auth/code/verify', {
        challengeId: state.body.challenge.id,
        code: lastDigits(backend, username),
        trustDevice: true,
      });
      await call(browser, 'POST', '/auth/sign-out');
      return done.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE}=`));
    };
    const first = await trust('s.devries');
    const firstValue = browser.cookies.get(DEVICE)!;
    // Mark trusts the same computer: the cookie is set anew, for a full year, with a new value.
    const second = await trust('m.devries');
    assert.ok(second, 'the cookie is set again');
    assert.match(second!, /Max-Age=31536000/);
    assert.notEqual(second!.split(';')[0], first!.split(';')[0]);
    for (const username of ['s.devries', 'm.devries']) {
      const again = await call(browser, 'POST', '/auth/sign-in', password(username));
      assert.equal(again.body.step, 'signed-in', `${username} is trusted under the new value`);
      await call(browser, 'POST', '/auth/sign-out');
    }
    const stale = newBrowser(backend);
    stale.cookies.set(DEVICE, firstValue);
    const old = await call(stale, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(old.body.step, 'code', 'the old value is trusted no more');
  });

  it('sends a code at once on a new device and trusts it when asked', async () => {
    const { backend, browser } = setup({ seed: 'empty', codePolicy: 'new-device' });
    const state = await call(browser, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(state.body.step, 'code');
    assert.equal(state.body.codePolicy, 'new-device');
    assert.ok(state.body.challenge, 'the challenge comes with the password step');
    assert.equal(backend.lastCode('s.devries')!.split('-')[0], state.body.challenge.prefix);
    const done = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: state.body.challenge.id,
      code: lastDigits(backend, 's.devries'),
      trustDevice: true,
    });
    assert.equal(done.body.step, 'signed-in');
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('__Host-portal-device='));
    assert.match(cookie!, /^__Host-portal-device=[0-9a-f]+; Path=\/; Max-Age=31536000; Secure;/);
    await call(browser, 'POST', '/auth/sign-out');
    const sent = backend.outbox().length;
    const next = await call(browser, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(next.body.step, 'signed-in', 'the trusted device skips the code');
    assert.equal(backend.outbox().length, sent, 'and no SMS is sent');
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
  });

  it('does not trust a device without trustDevice, nor one another person trusted', async () => {
    const { backend, browser } = setup({ seed: 'empty', codePolicy: 'new-device' });
    await signIn(backend, browser, 's.devries');
    assert.equal(browser.cookies.has(DEVICE), false);
    const again = await call(browser, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(again.body.step, 'code', 'not trusted without trustDevice');
    const trusted = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: again.body.challenge.id,
      code: lastDigits(backend, 's.devries'),
      trustDevice: true,
    });
    assert.equal(trusted.body.step, 'signed-in');
    const mark = await call(browser, 'POST', '/auth/sign-in', password('m.devries'));
    assert.equal(mark.body.step, 'code', "Sanne's trust does not cover Mark");
    await call(browser, 'POST', '/auth/code/verify', {
      challengeId: mark.body.challenge.id,
      code: lastDigits(backend, 'm.devries'),
      trustDevice: true,
    });
    const sanne = await call(browser, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(sanne.body.step, 'signed-in', 'Mark trusting the shared computer kept hers');
    const mine = await call(browser, 'POST', '/auth/sign-in', password('m.devries'));
    assert.equal(mine.body.step, 'signed-in', 'and his own trust holds');
    const forged = newBrowser(backend);
    forged.cookies.set(DEVICE, 'deadbeefdeadbeef');
    const fake = await call(forged, 'POST', '/auth/sign-in', password('s.devries'));
    assert.equal(fake.body.step, 'code', 'an unknown device id is not trusted');
  });
});
