// My details (C11, P9): the client's profile as in the dossier (read only) and the care team.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, newBrowser, setup, signIn } from './helpers.js';

describe('the profile', () => {
  it('shows the client’s details as recorded in the dossier, per client', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const noah = await call(browser, 'GET', '/clients/cl-noah/profile');
    assert.equal(noah.status, 200);
    assert.equal(noah.body.name, 'Noah de Vries');
    assert.equal(noah.body.dateOfBirth, '2019-03-14');
    assert.deepEqual(noah.body.address, {
      street: 'Lindelaan 12',
      postalCode: '1234 AB',
      city: 'Hilversum',
    });
    assert.equal(noah.body.gp.name, 'Dr. L. Hendriks');
    assert.equal(noah.body.insurance.policyNumber, 'ZG-884120');
    assert.deepEqual(
      noah.body.contacts.map((c: { name: string }) => c.name),
      ['Sanne de Vries', 'Mark de Vries'],
    );
    const lotte = await call(browser, 'GET', '/clients/cl-lotte/profile');
    assert.equal(lotte.body.name, 'Lotte de Vries');
    assert.equal(lotte.body.insurance.policyNumber, 'ZG-884121');
  });

  it('cannot be changed through the API', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const before = await call(browser, 'GET', '/clients/cl-noah/profile');
    const change = { ...before.body, phone: '06 - 00 00 00 00' };
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const answer = await call(browser, method, '/clients/cl-noah/profile', change);
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.get('allow'), 'GET');
    }
    assert.deepEqual((await call(browser, 'GET', '/clients/cl-noah/profile')).body, before.body);
  });
});

describe('the care team', () => {
  it('lists the staff directly involved with their roles', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const team = await call(browser, 'GET', '/clients/cl-noah/care-team');
    assert.equal(team.status, 200);
    assert.deepEqual(
      team.body.map((m: { name: string; role: string }) => [m.name, m.role]),
      [
        ['Joost Meijer', 'coordinator'],
        ['Anna Bakker', 'nurse'],
        ['Fatima El Amrani', 'pedagogical-worker'],
      ],
    );
    const lotte = await call(browser, 'GET', '/clients/cl-lotte/care-team');
    assert.deepEqual(
      lotte.body.map((m: { id: string }) => m.id),
      ['st-joost', 'st-fatima'],
    );
  });
});

describe('access to my details', () => {
  it('is refused without the profile section, for another client, and after a revocation', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    for (const path of ['/clients/cl-noah/profile', '/clients/cl-noah/care-team']) {
      const refused = await call(mark, 'GET', path);
      assert.equal(refused.status, 403, path);
      assert.equal(refused.body.code, 'forbidden_section');
    }
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assert.equal((await call(els, 'GET', '/clients/cl-noah/profile')).status, 404);
    assert.equal((await call(els, 'GET', '/clients/cl-els/profile')).body.name, 'Els Jansen');
    assert.equal((await call(newBrowser(backend), 'GET', '/clients/cl-noah/profile')).status, 401);
    assert.equal((await call(browser, 'GET', '/clients/cl-noah/profile')).status, 200);
    const grant = backend.db.grants.find((g) => g.id === 'pe-sanne-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'profile');
    assert.equal((await call(browser, 'GET', '/clients/cl-noah/care-team')).status, 403);
  });
});
