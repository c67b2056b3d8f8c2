import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import { call, lastDigits, newBrowser, setup, signIn, T0 } from './helpers.js';
import { assertProblem, at, create, DAY, daysAgo, get, walk } from './dossier-helpers.js';

type Entry = {
  id: string;
  at: string;
  actor: { name: string; kind: string };
  onBehalfOf?: string;
  action: string;
  resource: string;
};
const log = '/clients/cl-noah/access-log';
const view = (e: Entry) => [e.actor.name, e.actor.kind, e.onBehalfOf, e.action, e.resource];

/** Sanne reads and writes Noah's record, Mark reads and is refused, Els reads her own. */
async function busyDay(backend: MockBackend, browser: BrowserLikeFetch) {
  await get(browser, '/clients/cl-noah/reports');
  const secretBody = 'Noah heeft vandaag voor het eerst zelf zijn beker vastgehouden.';
  const report = { title: 'Mijlpaal', body: secretBody };
  await create(browser, '/clients/cl-noah/reports', report, 'audit-report-1');
  const plans = (await get(browser, '/clients/cl-noah/plans')).body;
  const planPath = `/clients/cl-noah/plans/${plans[0].id}`;
  const choice = { decision: 'reject', version: 2 };
  const asked = await call(browser, 'POST', `${planPath}/decision-code`, choice);
  const code = lastDigits(backend, 's.devries');
  const reason = 'Graag eerst overleg over de nachtvoeding.';
  const decision = { ...choice, challengeId: asked.body.id, code, reason };
  assert.equal((await call(browser, 'POST', `${planPath}/decision`, decision)).status, 200);
  const mark = newBrowser(backend);
  await signIn(backend, mark, 'm.devries');
  await get(mark, '/clients/cl-noah/measurements');
  assertProblem(await get(mark, '/clients/cl-noah/plans'), 403, 'forbidden_section');
  const els = newBrowser(backend);
  await signIn(backend, els, 'e.jansen');
  await get(els, '/clients/cl-els/profile');
  return { els, secrets: [DEMO_PASSWORD, code, secretBody, 'Mijlpaal', reason, asked.body.id] };
}

describe('access log (X5)', () => {
  it('shows who looked at the record, newest first, care staff included', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const { items, pages } = await walk<Entry>(browser, `${log}?limit=50`, (e) => e.at);
    assert.ok(pages > 1);
    const staff = items.filter((e) => e.actor.kind === 'care-staff');
    assert.ok(staff.length > 20, 'care staff read the record');
    assert.ok(new Set(staff.map((e) => e.actor.name)).has('Anna Bakker'));
    assert.ok(items.every((e) => e.onBehalfOf === 'Noah de Vries'));
    assert.ok(Date.parse(items[0]!.at) <= T0);
    // Reading the log is logged too, after the answer: the next read shows it.
    const latest = (await get<{ items: Entry[] }>(browser, `${log}?limit=1`)).body.items[0]!;
    assert.deepEqual(view(latest), [
      'Sanne de Vries',
      'contact',
      'Noah de Vries',
      'read',
      'access-log',
    ]);

    const week = await walk<Entry>(
      browser,
      `${log}?from=${daysAgo(7)}&to=${daysAgo(1)}`,
      (e) => e.at,
    );
    assert.ok(week.items.length > 0);
    for (const e of week.items) {
      const t = Date.parse(e.at);
      assert.ok(t >= T0 - 7 * DAY && t < T0 - DAY, e.at);
    }
    assertProblem(
      await get(browser, `${log}?from=${daysAgo(1)}&to=${daysAgo(2)}`),
      400,
      'validation_failed',
    );
  });

  it('logs every read and change with actor and client, never a secret or a text', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const before = backend.db.accessLog.length;
    const { els, secrets } = await busyDay(backend, browser);
    assert.equal(
      backend.db.accessLog.length - before,
      7,
      'six calls on Noah, one on Els, none refused',
    );
    const page = (await get<{ items: Entry[] }>(browser, `${log}?limit=6`)).body.items;
    assert.deepEqual(page.map(view), [
      ['Mark de Vries', 'contact', 'Noah de Vries', 'read', 'measurements'],
      ['Sanne de Vries', 'contact', 'Noah de Vries', 'write', 'plans'],
      ['Sanne de Vries', 'contact', 'Noah de Vries', 'write', 'plans'],
      ['Sanne de Vries', 'contact', 'Noah de Vries', 'read', 'plans'],
      ['Sanne de Vries', 'contact', 'Noah de Vries', 'write', 'reports'],
      ['Sanne de Vries', 'contact', 'Noah de Vries', 'read', 'reports'],
    ]);
    assert.ok(page.every((e) => e.at === at(T0)));
    const elsLog = (await get<{ items: Entry[] }>(els, '/clients/cl-els/access-log?limit=1')).body;
    assert.deepEqual(view(elsLog.items[0]!), [
      'Els Jansen',
      'client',
      'Els Jansen',
      'read',
      'profile',
    ]);

    const everything = JSON.stringify(backend.db.accessLog) + JSON.stringify(page);
    for (const secret of secrets) {
      assert.ok(!everything.includes(secret), `the log holds ${secret}`);
    }
  });

  it('is only for those granted the access log of that client', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'm.devries');
    assertProblem(await get(browser, log), 403, 'forbidden_section');
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assertProblem(await get(els, log), 404, 'not_found');
    const elsLog = await walk<Entry>(els, '/clients/cl-els/access-log?limit=100', (e) => e.at);
    assert.ok(elsLog.items.every((e) => e.onBehalfOf === 'Els Jansen'));
  });
});
