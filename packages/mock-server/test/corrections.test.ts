// Correction requests (X11): "Klopt dit niet?" goes to the care team; the record stays as it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerCorrectionRequest } from '../src/handlers/corrections.js';
import { call, setup, signIn, T0 } from './helpers.js';
import { assertProblem, create, get } from './dossier-helpers.js';

const path = '/clients/cl-noah/correction-requests';
const phone = {
  subject: { kind: 'profile', field: 'phone' },
  wrong: 'Oud nummer.',
  correct: '06 - 12 34 56 78',
};

describe('correction requests (X11)', () => {
  it('sends a request to the care team without changing the record', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const before = (await get(browser, '/clients/cl-noah/profile')).body;
    const sent = await create(browser, path, phone, 'correction-0001');
    assert.equal(sent.status, 201);
    assert.equal(sent.body.status, 'sent');
    assert.equal(sent.body.requestedBy, 'Sanne de Vries');
    assert.deepEqual(sent.body.subject, { kind: 'profile', field: 'phone' });
    assert.equal(sent.body.createdAt, new Date(T0).toISOString());
    assert.deepEqual((await get(browser, '/clients/cl-noah/profile')).body, before);
    const again = await create(browser, path, phone, 'correction-0001');
    assert.equal(again.body.id, sent.body.id, 'the same key gives the same request');
    const list = await get(browser, path);
    assert.deepEqual(
      list.body.map((r: { id: string }) => r.id),
      [sent.body.id],
    );
  });

  it('names a report by its title and refuses a report of another client or without reports', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const report = backend.db.reports.find((r) => r.clientId === 'cl-noah')!;
    const other = backend.db.reports.find((r) => r.clientId === 'cl-els')!;
    const about = (reportId: string) => ({ ...phone, subject: { kind: 'report', reportId } });
    const sent = await create(browser, path, about(report.id), 'correction-rp-1');
    assert.equal(sent.status, 201);
    assert.equal(sent.body.reportTitle, report.title);
    assertProblem(
      await create(browser, path, about(other.id), 'correction-rp-2'),
      404,
      'not_found',
    );
    const grant = backend.db.grants.find(
      (g) => g.userId === 'u-sanne' && g.clientId === 'cl-noah',
    )!;
    grant.sections = grant.sections.filter((s) => s !== 'reports');
    const refused = await create(browser, path, about(report.id), 'correction-rp-3');
    assertProblem(refused, 403, 'forbidden_section');
    assert.deepEqual((await get(browser, path)).body, [], 'requests about reports are hidden too');
  });

  it('refuses empty, blank, too long or multi-line text and a subject without its detail', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const cases: Array<[unknown, string]> = [
      [{ ...phone, wrong: '' }, 'body.wrong'],
      [{ ...phone, wrong: '   ' }, 'body.wrong'],
      [{ ...phone, wrong: 'x'.repeat(1001) }, 'body.wrong'],
      [{ ...phone, correct: 'een\ntwee' }, 'body.correct'],
      [{ ...phone, correct: 'x'.repeat(301) }, 'body.correct'],
      [{ ...phone, subject: { kind: 'profile' } }, 'body.subject.field'],
      [{ ...phone, subject: { kind: 'report' } }, 'body.subject.reportId'],
      [{ ...phone, subject: { kind: 'profile', field: 'shoe-size' } }, 'body.subject.field'],
    ];
    for (const [i, [body, field]] of cases.entries()) {
      const problem = assertProblem(
        await create(browser, path, body, `bad-input-${i}`),
        400,
        'validation_failed',
      );
      assert.ok(
        problem.errors!.some((e) => e.field === field),
        `${field}: ${JSON.stringify(problem.errors)}`,
      );
    }
    assert.deepEqual((await get(browser, path)).body, [], 'nothing half-stored');
  });

  it('shows the care team’s answer: being handled, corrected, declined with a reason', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const { body } = await create(browser, path, phone, 'correction-answer');
    backend.clock.advance(60_000);
    answerCorrectionRequest(backend.db, backend.clock.now(), body.id, 'in-progress');
    assert.equal((await get(browser, path)).body[0].status, 'in-progress');
    assert.throws(() => answerCorrectionRequest(backend.db, T0, body.id, 'declined', ' '));
    answerCorrectionRequest(backend.db, T0, body.id, 'declined', 'Dit nummer is al juist.');
    const [declined] = (await get(browser, path)).body;
    assert.equal(declined.status, 'declined');
    assert.equal(declined.declineReason, 'Dit nummer is al juist.');
    answerCorrectionRequest(backend.db, T0, body.id, 'corrected');
    const [corrected] = (await get(browser, path)).body;
    assert.equal(corrected.status, 'corrected');
    assert.equal(corrected.declineReason, undefined);
  });

  it('lists a client’s own requests only, newest first, and logs who read them', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'e.jansen');
    const list = (await get(browser, '/clients/cl-els/correction-requests')).body;
    assert.deepEqual(
      list.map((r: { status: string }) => r.status),
      ['declined', 'corrected'],
    );
    assert.ok(list[0].declineReason);
    assert.equal((await call(browser, 'GET', path)).status, 404);
    const log = (await get(browser, '/clients/cl-els/access-log?limit=1')).body.items[0];
    assert.deepEqual([log.action, log.resource], ['read', 'profile']);
  });
});
