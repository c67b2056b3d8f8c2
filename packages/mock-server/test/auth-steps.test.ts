import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, lastDigits, setup, signIn, T0 } from './helpers.js';
import { DEMO_PASSWORD, FIRST_PASSWORD } from '../src/store/seed-people.js';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';

const NEW_PASSWORD = 'lente in de tuin';
/** Client-data reads carry the cross-site header too (the contract's default security). */
const portal = { 'X-Portal-Request': '1' };

/** Password and code; returns the state after the code. */
async function passCode(
  backend: MockBackend,
  browser: BrowserLikeFetch,
  username: string,
  password = FIRST_PASSWORD,
) {
  const state = await call(browser, 'POST', '/auth/sign-in', { username, password });
  assert.equal(state.status, 200);
  const asked = await call(browser, 'POST', '/auth/code');
  return call(browser, 'POST', '/auth/code/verify', {
    challengeId: asked.body.challenge.id,
    code: lastDigits(backend, username),
  });
}

/** Asserts a 409 step_out_of_order. */
async function outOfOrder(browser: BrowserLikeFetch, method: string, path: string, body?: unknown) {
  const answer = await call(browser, method, path, body);
  assert.equal(answer.status, 409, `${method} ${path}: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body.code, 'step_out_of_order');
}

const change = (browser: BrowserLikeFetch, currentPassword = FIRST_PASSWORD) =>
  call(browser, 'POST', '/auth/password', { currentPassword, newPassword: NEW_PASSWORD });

describe('first sign-in (C3, P2)', () => {
  it('takes h.visser through code, password change and terms to signed-in', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const afterCode = await passCode(backend, browser, 'h.visser');
    assert.equal(afterCode.body.step, 'password-change');
    assert.equal((await call(browser, 'GET', '/session')).status, 401);
    assert.equal(
      (await call(browser, 'GET', '/clients/cl-henk/profile', undefined, portal)).status,
      401,
    );
    await outOfOrder(browser, 'POST', '/auth/terms', { version: '2026-01' });
    await outOfOrder(browser, 'GET', '/auth/terms');
    await outOfOrder(browser, 'GET', '/auth/invitations');
    await outOfOrder(browser, 'POST', '/auth/code');
    const changed = await change(browser);
    assert.equal(changed.status, 200);
    assert.equal(changed.body.step, 'terms');
    assert.equal(changed.body.termsVersion, '2026-01');
    await outOfOrder(browser, 'POST', '/auth/password', {
      currentPassword: NEW_PASSWORD,
      newPassword: 'nog een ander wachtwoord',
    });
    assert.equal(
      (await call(browser, 'GET', '/clients/cl-henk/profile', undefined, portal)).status,
      401,
    );
    const terms = await call(browser, 'GET', '/auth/terms');
    assert.equal(terms.status, 200);
    assert.equal(terms.body.version, '2026-01');
    assert.match(terms.body.text, /cliëntportaal/);
    const accepted = await call(browser, 'POST', '/auth/terms', { version: terms.body.version });
    assert.equal(accepted.body.step, 'signed-in');
    const session = await call(browser, 'GET', '/session');
    assert.equal(session.status, 200);
    assert.deepEqual(
      session.body.clients.map((c: { id: string }) => c.id),
      ['cl-henk'],
    );
  });

  it('asks only for the code at the next sign-in, with the new password', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await passCode(backend, browser, 'h.visser');
    await change(browser);
    await call(browser, 'POST', '/auth/terms', { version: '2026-01' });
    await call(browser, 'POST', '/auth/sign-out');
    const old = await call(browser, 'POST', '/auth/sign-in', {
      username: 'h.visser',
      password: FIRST_PASSWORD,
    });
    assert.equal(old.status, 401, 'the first password no longer works');
    await signIn(backend, browser, 'h.visser', NEW_PASSWORD);
  });

  it('refuses terms of another version with 409 terms_outdated', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await passCode(backend, browser, 'h.visser');
    await change(browser);
    const outdated = await call(browser, 'POST', '/auth/terms', { version: '2025-01' });
    assert.equal(outdated.status, 409);
    assert.equal(outdated.body.code, 'terms_outdated');
    assert.equal((await call(browser, 'GET', '/auth/state')).body.step, 'terms');
  });

  it('asks for the terms again when a new version comes out', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    backend.db.settings.terms = { ...backend.db.settings.terms, version: '2027-01' };
    const afterCode = await passCode(backend, browser, 'e.jansen', DEMO_PASSWORD);
    assert.equal(afterCode.body.step, 'terms');
    assert.equal(afterCode.body.termsVersion, '2027-01');
    const old = await call(browser, 'POST', '/auth/terms', { version: '2026-01' });
    assert.equal(old.body.code, 'terms_outdated');
    const ok = await call(browser, 'POST', '/auth/terms', { version: '2027-01' });
    assert.equal(ok.body.step, 'signed-in');
  });

  it('keeps a signed-in person signed in when new terms come out meanwhile', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const visit = (await call(browser, 'GET', '/session')).body.previousVisitAt;
    backend.db.settings.terms = { ...backend.db.settings.terms, version: '2027-01' };
    const changed = await change(browser, DEMO_PASSWORD);
    assert.equal(changed.body.step, 'signed-in', 'the new terms wait for the next sign-in');
    const session = await call(browser, 'GET', '/session');
    assert.equal(session.status, 200);
    assert.equal(session.body.previousVisitAt, visit, 'no second visit was recorded');
  });

  it('refuses every step out of order while the code is due', async () => {
    const { browser } = setup({ seed: 'empty' });
    await call(browser, 'POST', '/auth/sign-in', {
      username: 'h.visser',
      password: FIRST_PASSWORD,
    });
    await outOfOrder(browser, 'POST', '/auth/password', {
      currentPassword: FIRST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    await outOfOrder(browser, 'POST', '/auth/terms', { version: '2026-01' });
    await outOfOrder(browser, 'GET', '/auth/terms');
    await outOfOrder(browser, 'GET', '/auth/invitations');
    await outOfOrder(browser, 'POST', '/auth/invitations/inv-1', { decision: 'accept' });
    const state = await call(browser, 'GET', '/auth/state');
    assert.equal(state.body.step, 'code');
  });
});

describe('invitations (C5)', () => {
  async function toInvitations(backend: MockBackend, browser: BrowserLikeFetch) {
    await passCode(backend, browser, 'm.jansen');
    await change(browser);
    return call(browser, 'POST', '/auth/terms', { version: '2026-01' });
  }

  it('holds m.jansen at the invitation until she accepts, then shows Els', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    const state = await toInvitations(backend, browser);
    assert.equal(state.body.step, 'invitations');
    assert.equal(state.body.pendingInvitations, 1);
    assert.equal((await call(browser, 'GET', '/session')).status, 401);
    await outOfOrder(browser, 'POST', '/auth/terms', { version: '2026-01' });
    const list = await call(browser, 'GET', '/auth/invitations');
    assert.deepEqual(list.body, [
      {
        id: 'inv-1',
        clientName: 'Els Jansen',
        invitedBy: 'Els Jansen',
        sections: ['appointments', 'messages', 'reports', 'measurements', 'plans', 'profile'],
        invitedAt: new Date(T0 - 2 * 86_400_000).toISOString(),
      },
    ]);
    const accepted = await call(browser, 'POST', '/auth/invitations/inv-1', { decision: 'accept' });
    assert.equal(accepted.body.step, 'signed-in');
    const session = await call(browser, 'GET', '/session');
    assert.deepEqual(session.body.clients, [
      {
        id: 'cl-els',
        name: 'Els Jansen',
        relation: 'child',
        sections: ['appointments', 'messages', 'reports', 'measurements', 'plans', 'profile'],
      },
    ]);
    assert.equal(
      (await call(browser, 'GET', '/clients/cl-els/profile', undefined, portal)).status,
      200,
    );
    const twice = await call(browser, 'POST', '/auth/invitations/inv-1', { decision: 'decline' });
    assert.equal(twice.status, 404, 'an answered invitation is gone');
    assert.deepEqual((await call(browser, 'GET', '/auth/invitations')).body, []);
  });

  it('on decline signs her in without access, and the row goes back to no access', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await toInvitations(backend, browser);
    const declined = await call(browser, 'POST', '/auth/invitations/inv-1', {
      decision: 'decline',
    });
    assert.equal(declined.body.step, 'signed-in');
    assert.deepEqual((await call(browser, 'GET', '/session')).body.clients, []);
    assert.equal(
      (await call(browser, 'GET', '/clients/cl-els/profile', undefined, portal)).status,
      404,
    );
    const row = backend.db.grants.find((g) => g.id === 'pe-marieke')!;
    assert.equal(row.status, 'no-access');
    assert.deepEqual(row.sections, []);
  });

  it("answers someone else's invitation with 404 and leaves it pending", async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    backend.db.grants.push({
      id: 'pe-henk-els',
      clientId: 'cl-els',
      userId: 'u-henk',
      name: 'Henk Visser',
      email: 'henk.visser@example.nl',
      phone: '0622334455',
      relation: 'other',
      relationLabel: 'Buurman',
      sections: ['appointments'],
      status: 'invited',
    });
    const henks = { id: 'inv-2', userId: 'u-henk', clientId: 'cl-els', grantId: 'pe-henk-els' };
    backend.db.invitations.push({
      ...henks,
      invitedBy: 'Els Jansen',
      invitedAt: T0,
      status: 'pending',
    });
    await toInvitations(backend, browser);
    const theirs = await call(browser, 'POST', '/auth/invitations/inv-2', { decision: 'accept' });
    assert.equal(theirs.status, 404);
    assert.equal(theirs.body.code, 'not_found');
    const listed = await call(browser, 'GET', '/auth/invitations');
    assert.deepEqual(
      listed.body.map((i: { id: string }) => i.id),
      ['inv-1'],
    );
    assert.equal(backend.db.invitations.find((i) => i.id === 'inv-2')!.status, 'pending');
    assert.equal(backend.db.grants.find((g) => g.id === 'pe-henk-els')!.status, 'invited');
  });

  it('lets a signed-in person answer an invitation that arrived later', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 's.devries');
    backend.db.grants.push({
      id: 'pe-sanne-els',
      clientId: 'cl-els',
      userId: 'u-sanne',
      name: 'Sanne de Vries',
      email: 'sanne@example.nl',
      phone: '0611223344',
      relation: 'family',
      relationLabel: 'Nicht',
      sections: ['messages'],
      status: 'invited',
    });
    backend.db.invitations.push({
      id: 'inv-3',
      userId: 'u-sanne',
      clientId: 'cl-els',
      grantId: 'pe-sanne-els',
      invitedBy: 'Els Jansen',
      invitedAt: T0,
      status: 'pending',
    });
    const list = await call(browser, 'GET', '/auth/invitations');
    assert.equal(list.status, 200);
    assert.equal(list.body[0].clientName, 'Els Jansen');
    const accepted = await call(browser, 'POST', '/auth/invitations/inv-3', { decision: 'accept' });
    assert.equal(accepted.body.step, 'signed-in');
    const session = await call(browser, 'GET', '/session');
    assert.deepEqual(
      session.body.clients.map((c: { id: string }) => c.id),
      ['cl-noah', 'cl-lotte', 'cl-els'],
    );
  });
});
