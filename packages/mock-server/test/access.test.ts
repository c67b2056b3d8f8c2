import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, lastDigits, newBrowser, setup, signIn } from './helpers.js';
import { assertProblem, create, get } from './dossier-helpers.js';

type Invitation = { id: string; clientName: string; invitedBy: string; sections: string[] };
type Person = { id: string; name: string; status: string; sections: string[]; isSelf: boolean };
const people = '/clients/cl-noah/people';
const setSections = (b: BrowserLikeFetch, id: string, sections: string[]) =>
  call(b, 'PUT', `${people}/${id}/sections`, { sections });

/** The sign-in details from the last e-mail to an address. */
function emailedDetails(backend: MockBackend, email: string) {
  const mails = backend.outbox().filter((m) => m.channel === 'email' && m.to === email);
  const mail = mails.at(-1);
  assert.ok(mail, `no e-mail to ${email}`);
  const username = /gebruikersnaam: (\S+)/.exec(mail.text)?.[1];
  const password = /wachtwoord: (\S+)/.exec(mail.text)?.[1];
  return { mail, mails, username, password };
}

/** A first sign-in: code, new password, terms, and accepting the invitations. */
async function firstSignIn(backend: MockBackend, username: string, password: string) {
  const browser = newBrowser(backend);
  let state = await call(browser, 'POST', '/auth/sign-in', { username, password });
  assert.equal(state.status, 200, JSON.stringify(state.body));
  if (!state.body.challenge) state = await call(browser, 'POST', '/auth/code');
  const code = lastDigits(backend, username);
  state = await call(browser, 'POST', '/auth/code/verify', {
    challengeId: state.body.challenge.id,
    code,
  });
  assert.equal(state.body.step, 'password-change');
  const newPassword = 'tulpen in de vensterbank';
  state = await call(browser, 'POST', '/auth/password', { currentPassword: password, newPassword });
  assert.equal(state.body.step, 'terms');
  state = await call(browser, 'POST', '/auth/terms', { version: state.body.termsVersion });
  const invitations =
    state.body.step === 'invitations' ? (await get(browser, '/auth/invitations')).body : [];
  for (const invitation of invitations) {
    state = await call(browser, 'POST', `/auth/invitations/${invitation.id}`, {
      decision: 'accept',
    });
  }
  assert.equal(state.body.step, 'signed-in');
  return { browser, invitations };
}

describe('people with access (C12, P10)', () => {
  it('lists the people of the client, the caller marked as self', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const list = (await get<Person[]>(browser, people)).body;
    assert.deepEqual(
      list.map((p) => [p.name, p.status, p.isSelf]),
      [
        ['Sanne de Vries', 'active', true],
        ['Mark de Vries', 'active', false],
        ['Joke de Vries', 'no-access', false],
      ],
    );
    assert.deepEqual(list.find((p) => p.name === 'Joke de Vries')!.sections, []);
  });

  it('adds a person without access and without an account', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const person = {
      name: 'Kees de Boer',
      email: 'kees@example.nl',
      phone: '06 12 34 56 78',
      relation: 'Buurman',
    };
    const added = await create(browser, people, person, 'person-kees-01');
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual(
      [added.body.status, added.body.sections, added.body.relation, added.body.isSelf],
      ['no-access', [], 'Buurman', false],
    );
    const list = (await get<Person[]>(browser, people)).body;
    assert.ok(list.some((p) => p.id === added.body.id));
    assert.ok(![...backend.db.users.values()].some((u) => u.email === 'kees@example.nl'));
    assert.equal(backend.outbox().filter((m) => m.to === 'kees@example.nl').length, 0);
    const twice = await create(
      browser,
      people,
      { ...person, name: 'K. de Boer' },
      'person-kees-02',
    );
    assert.equal(assertProblem(twice, 400, 'validation_failed').errors![0]!.field, 'body.email');
    const bad = await create(browser, people, { ...person, phone: 'bel me' }, 'person-kees-03');
    assert.equal(assertProblem(bad, 400, 'validation_failed').errors![0]!.field, 'body.phone');
  });

  it('invites a person at their first sections; they see exactly those after signing in', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const updated = await setSections(browser, 'pe-oma', ['appointments', 'reports']);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.status, 'invited');
    const { mail, username, password } = emailedDetails(backend, 'oma.joke@example.nl');
    assert.equal(username, 'j.devries');
    assert.ok(password && password.length >= 8);
    assert.match(mail.subject!, /Noah de Vries/);
    assert.match(mail.text, /Sanne de Vries heeft u toegang gegeven/);

    const { browser: joke, invitations } = await firstSignIn(backend, username!, password!);
    assert.deepEqual(
      invitations.map((i: Invitation) => [i.clientName, i.invitedBy, i.sections]),
      [['Noah de Vries', 'Sanne de Vries', ['appointments', 'reports']]],
    );
    const session = (await get(joke, '/session')).body;
    assert.deepEqual(session.clients, [
      {
        id: 'cl-noah',
        name: 'Noah de Vries',
        relation: 'family',
        sections: ['appointments', 'reports'],
      },
    ]);
    assert.equal((await get(joke, '/clients/cl-noah/reports')).status, 200);
    for (const section of ['plans', 'measurements', 'people', 'access-log', 'questionnaires']) {
      assertProblem(await get(joke, `/clients/cl-noah/${section}`), 403, 'forbidden_section');
    }
    assertProblem(await get(joke, '/clients/cl-lotte/reports'), 404, 'not_found');
    const list = (await get<Person[]>(browser, people)).body;
    assert.equal(list.find((p) => p.id === 'pe-oma')!.status, 'active');
  });

  it('gives every new account its own username and no second e-mail on later changes', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const input = {
      name: 'Jan de Vries',
      email: 'opa.jan@example.nl',
      phone: '0687654321',
      relation: 'Opa',
    };
    const jan = await create(browser, people, input, 'person-opa-jan');
    await setSections(browser, 'pe-oma', ['reports']);
    await setSections(browser, jan.body.id, ['reports']);
    assert.equal(emailedDetails(backend, 'oma.joke@example.nl').username, 'j.devries');
    assert.equal(emailedDetails(backend, 'opa.jan@example.nl').username, 'j.devries2');
    await setSections(browser, jan.body.id, ['reports', 'appointments']);
    assert.equal(emailedDetails(backend, 'opa.jan@example.nl').mails.length, 1);
    assert.equal((await setSections(browser, jan.body.id, [])).body.status, 'no-access');
    const again = await setSections(browser, jan.body.id, ['messages']);
    assert.equal(again.body.status, 'invited', 'never accepted: a new invitation');
    const second = emailedDetails(backend, 'opa.jan@example.nl');
    assert.equal(second.mails.length, 2);
    assert.equal(second.password, undefined, 'the account exists: no new password');
    assert.match(second.mail.text, /j\.devries2/);
  });

  it('changes take effect on the next call; an empty list is no access', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    assert.equal((await get(mark, '/clients/cl-noah/reports')).status, 200);
    const fewer = await setSections(browser, 'pe-mark-noah', ['appointments']);
    assert.deepEqual([fewer.body.status, fewer.body.sections], ['active', ['appointments']]);
    assertProblem(await get(mark, '/clients/cl-noah/reports'), 403, 'forbidden_section');
    const none = await setSections(browser, 'pe-mark-noah', []);
    assert.equal(none.body.status, 'no-access');
    assertProblem(await get(mark, '/clients/cl-noah/appointments'), 404, 'not_found');
    const back = await setSections(browser, 'pe-mark-noah', ['reports']);
    assert.equal(back.body.status, 'active', 'someone who had access gets it back at once');
    assert.equal((await get(mark, '/clients/cl-noah/reports')).status, 200);
    assert.equal(backend.outbox().filter((m) => m.to === 'mark@example.nl').length, 0);
  });

  it('nobody changes or removes their own access', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    assertProblem(await setSections(browser, 'pe-sanne-noah', []), 403, 'cannot_change_own_access');
    assertProblem(
      await call(browser, 'DELETE', `${people}/pe-sanne-noah`),
      403,
      'cannot_change_own_access',
    );
    assertProblem(await setSections(browser, 'pe-unknown', []), 404, 'not_found');
    assertProblem(await setSections(browser, 'pe-els', ['reports']), 404, 'not_found');
    const bad = await setSections(browser, 'pe-oma', ['reports', 'reports']);
    assertProblem(bad, 400, 'validation_failed');
    assert.deepEqual((await get<Person[]>(browser, people)).body[0]!.sections.length, 10);
  });

  it('removes a person: their access ends at once and a pending invitation goes', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    const gone = await call(browser, 'DELETE', `${people}/pe-mark-noah`);
    assert.equal(gone.status, 204);
    assertProblem(await get(mark, '/clients/cl-noah/reports'), 404, 'not_found');
    assert.deepEqual((await get(mark, '/session')).body.clients, []);
    assert.ok(!(await get<Person[]>(browser, people)).body.some((p) => p.id === 'pe-mark-noah'));
    assertProblem(await call(browser, 'DELETE', `${people}/pe-mark-noah`), 404, 'not_found');

    await setSections(browser, 'pe-oma', ['reports']);
    const { username, password } = emailedDetails(backend, 'oma.joke@example.nl');
    assert.equal((await call(browser, 'DELETE', `${people}/pe-oma`)).status, 204);
    const { browser: joke, invitations } = await firstSignIn(backend, username!, password!);
    assert.deepEqual(invitations, [], 'no invitation waits any more');
    assert.deepEqual((await get(joke, '/session')).body.clients, []);
  });

  it('needs the people section: a parent with only some sections cannot manage access', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'm.devries');
    assertProblem(await get(browser, people), 403, 'forbidden_section');
    assertProblem(await setSections(browser, 'pe-oma', ['reports']), 403, 'forbidden_section');
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assertProblem(await get(els, people), 404, 'not_found');
    const own = (await get<Person[]>(els, '/clients/cl-els/people')).body;
    assert.deepEqual(
      own.map((p) => [p.name, p.status]),
      [
        ['Els Jansen', 'active'],
        ['Marieke Jansen', 'invited'],
      ],
    );
  });
});
