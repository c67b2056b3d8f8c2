import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, lastDigits, newBrowser, setup, signIn, type Answer } from './helpers.js';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '../src/store/seed-people.js';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';

const NEW_PASSWORD = 'lente in de tuin';
const els = { username: 'e.jansen', email: 'els.jansen@example.nl' };

const ask = (browser: BrowserLikeFetch, body: object, headers: Record<string, string> = {}) =>
  call(browser, 'POST', '/auth/password-reset', body, headers);

const confirm = (
  browser: BrowserLikeFetch,
  token: string,
  username = 'e.jansen',
  pw = NEW_PASSWORD,
) => call(browser, 'POST', '/auth/password-reset/confirm', { token, username, newPassword: pw });

/** The reset e-mails sent so far. */
const resetMails = (backend: MockBackend) => backend.outbox().filter((m) => m.channel === 'email');

/** The token of the last reset link. */
function lastToken(backend: MockBackend): string {
  const link = resetMails(backend).at(-1)?.link;
  assert.ok(link, 'a reset e-mail was sent');
  return new URL(link).hash.replace('#reset-token=', '');
}

/** Status, headers and body: everything a caller could compare. */
const visible = (a: Answer) => ({ status: a.status, headers: [...a.headers], body: a.body });

describe('forgotten password (C4)', () => {
  it('answers known and unknown accounts identically and mails only the known one', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const known = await ask(browser, els);
    const unknown = await ask(browser, { username: 'niemand', email: 'niemand@example.nl' });
    const wrongMail = await ask(browser, { username: 'h.visser', email: 'els.jansen@example.nl' });
    assert.equal(known.status, 202);
    assert.deepEqual(visible(unknown), visible(known));
    assert.deepEqual(visible(wrongMail), visible(known));
    const mails = resetMails(backend);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.to, 'els.jansen@example.nl');
  });

  it('mails a fragment link to the requesting site, explained in Dutch', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, { username: 'E.Jansen', email: 'Els.Jansen@example.nl' });
    const [mail] = resetMails(backend);
    assert.match(mail!.link!, /^http:\/\/127\.0\.0\.1:8000\/#reset-token=[0-9a-f]{32,}$/);
    assert.match(mail!.subject!, /wachtwoord/i);
    assert.match(mail!.text, /Beste Els Jansen/);
    assert.match(mail!.text, /nieuw wachtwoord/);
    assert.match(mail!.text, /60 minuten/);
    assert.ok(mail!.text.includes(mail!.link!), 'the text carries the link');
    await ask(browser, els, { Origin: 'https://www.thuiszorg-delinde.nl' });
    assert.match(resetMails(backend).at(-1)!.link!, /^https:\/\/www\.thuiszorg-delinde\.nl\/#/);
  });

  it('limits requests per username to 5 an hour, identically for unknown names', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    for (let i = 0; i < 5; i++) {
      assert.equal((await ask(browser, els)).status, 202);
      assert.equal(
        (await ask(browser, { username: 'niemand', email: 'x@example.nl' })).status,
        202,
      );
    }
    const known = await ask(browser, els);
    const unknown = await ask(browser, { username: 'niemand', email: 'x@example.nl' });
    assert.equal(known.status, 429);
    assert.equal(known.body.code, 'too_many_requests');
    assert.equal(known.headers.get('retry-after'), '3600');
    assert.deepEqual(visible(unknown), visible(known));
    assert.equal(resetMails(backend).length, 5);
    assert.equal(
      (await ask(browser, { username: 's.devries', email: 'sanne@example.nl' })).status,
      202,
    );
    backend.clock.advance(3_600_000);
    assert.equal((await ask(browser, els)).status, 202);
  });

  it('sets the new password once; the link does not work twice', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, els);
    const token = lastToken(backend);
    const done = await confirm(browser, token);
    assert.equal(done.status, 204);
    const again = await confirm(browser, token, 'e.jansen', 'nog een ander wachtwoord');
    assert.equal(again.status, 422);
    assert.equal(again.body.code, 'reset_token_invalid');
    const old = await call(browser, 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: DEMO_PASSWORD,
    });
    assert.equal(old.status, 401);
    await signIn(backend, browser, 'e.jansen', NEW_PASSWORD);
  });

  it('refuses an expired link, an unknown token and another username', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, els);
    const token = lastToken(backend);
    for (const answer of [
      await confirm(browser, 'f'.repeat(48)),
      await confirm(browser, token, 's.devries'),
    ]) {
      assert.equal(answer.status, 422);
      assert.equal(answer.body.code, 'reset_token_invalid');
    }
    backend.clock.advance(3_600_000);
    const late = await confirm(browser, token);
    assert.equal(late.body.code, 'reset_token_invalid');
    await signIn(backend, browser, 'e.jansen', DEMO_PASSWORD);
  });

  it('only the newest link works', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, els);
    const first = lastToken(backend);
    await ask(browser, els);
    assert.equal((await confirm(browser, first)).body.code, 'reset_token_invalid');
    assert.equal((await confirm(browser, lastToken(backend))).status, 204);
  });

  it('applies the password rules and keeps the link usable after a refusal', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, els);
    const token = lastToken(backend);
    const common = await confirm(browser, token, 'e.jansen', 'wachtwoord');
    assert.equal(common.status, 422);
    assert.equal(common.body.code, 'password_rejected');
    assert.equal(common.body.errors[0].field, 'body.newPassword');
    const short = await confirm(browser, token, 'e.jansen', 'kort');
    assert.equal(short.status, 400);
    assert.equal((await confirm(browser, token)).status, 204);
  });

  it('lifts a lockout and ends every session of the account', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const phone = newBrowser(backend);
    await signIn(backend, phone, 'e.jansen');
    for (let i = 0; i < 5; i++)
      await call(browser, 'POST', '/auth/sign-in', { username: 'e.jansen', password: 'fout' });
    const locked = await call(browser, 'POST', '/auth/sign-in', {
      username: 'e.jansen',
      password: DEMO_PASSWORD,
    });
    assert.equal(locked.status, 429);
    await ask(browser, els);
    assert.equal((await confirm(browser, lastToken(backend))).status, 204);
    assert.equal((await call(phone, 'GET', '/session')).status, 401);
    // The username's delay is lifted; this device, which guessed, waits out its own 4 seconds.
    backend.clock.advance(4_000);
    await signIn(backend, browser, 'e.jansen', NEW_PASSWORD);
  });

  it('skips the forced password change of a first sign-in after a reset', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await ask(browser, { username: 'h.visser', email: 'henk.visser@example.nl' });
    assert.equal((await confirm(browser, lastToken(backend), 'h.visser')).status, 204);
    const old = await call(browser, 'POST', '/auth/sign-in', {
      username: 'h.visser',
      password: FIRST_PASSWORD,
    });
    assert.equal(old.status, 401);
    await call(browser, 'POST', '/auth/sign-in', { username: 'h.visser', password: NEW_PASSWORD });
    const asked = await call(browser, 'POST', '/auth/code');
    const state = await call(browser, 'POST', '/auth/code/verify', {
      challengeId: asked.body.challenge.id,
      code: lastDigits(backend, 'h.visser'),
    });
    assert.equal(state.body.step, 'terms');
  });
});
