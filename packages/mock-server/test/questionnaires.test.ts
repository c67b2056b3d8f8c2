import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserLikeFetch } from '../src/testing.js';
import { newBrowser, setup, signIn, T0 } from './helpers.js';
import { assertProblem, at, create, get } from './dossier-helpers.js';

type Summary = { id: string; title: string; status: string; sentAt: string; completedAt?: string };
const base = '/clients/cl-els/questionnaires';

/** Els, signed in, and her open questionnaire ("Tevredenheid over de zorg"). */
async function elsWithOpen() {
  const { backend, browser } = setup();
  await signIn(backend, browser, 'e.jansen');
  const list = (await get<Summary[]>(browser, base)).body;
  const open = list.find((q) => q.status === 'open')!;
  return { backend, browser, open, path: `${base}/${open.id}` };
}

const valid = [
  { questionId: 'q1', value: 4 },
  { questionId: 'q2', value: 'Meestal' },
  { questionId: 'q3', value: true },
  { questionId: 'q4', value: 'De avonddienst mag wat later komen.' },
];

let keys = 0;
const submit = (browser: BrowserLikeFetch, path: string, answers: unknown[]) =>
  create(browser, `${path}/responses`, { answers }, `questionnaire-${++keys}`);

describe('questionnaires (C9, X4)', () => {
  it('lists an open and a completed questionnaire, newest first', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    for (const client of ['cl-noah', 'cl-lotte']) {
      const list = (await get<Summary[]>(browser, `/clients/${client}/questionnaires`)).body;
      assert.deepEqual(list.map((q) => q.status).sort(), ['completed', 'open']);
      assert.ok(Date.parse(list[0]!.sentAt) > Date.parse(list[1]!.sentAt));
      const done = list.find((q) => q.status === 'completed')!;
      assert.ok(done.completedAt);
      const full = await get(browser, `/clients/${client}/questionnaires/${done.id}`);
      assert.ok(full.body.answers.length >= 3, 'a completed one shows its answers');
      const open = await get(browser, `/clients/${client}/questionnaires/${list[0]!.id}`);
      assert.equal(open.body.answers, undefined);
      assert.ok(open.body.questions.length >= 3);
    }
  });

  it('stores a complete response once; the questionnaire is then completed', async () => {
    const { browser, open, path } = await elsWithOpen();
    const done = await submit(browser, path, [...valid].reverse());
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.equal(done.body.status, 'completed');
    assert.equal(done.body.completedAt, at(T0));
    assert.deepEqual(done.body.answers, valid, 'answers in question order');
    const read = await get(browser, path);
    assert.deepEqual(read.body.answers, valid);
    const list = (await get<Summary[]>(browser, base)).body;
    assert.equal(list.find((q) => q.id === open.id)!.status, 'completed');
    const again = await submit(browser, path, valid);
    assertProblem(again, 409, 'questionnaire_completed');
    assert.deepEqual((await get(browser, path)).body.answers, valid, 'the first answers stay');
  });

  it('leaves optional questions out, but not required ones', async () => {
    const { browser, path } = await elsWithOpen();
    const missing = await submit(browser, path, valid.slice(0, 2));
    const problem = assertProblem(missing, 400, 'validation_failed');
    assert.deepEqual(
      problem.errors!.map((e) => [e.field, e.code]),
      [['body.answers', 'required']],
    );
    const done = await submit(browser, path, valid.slice(0, 3));
    assert.equal(done.status, 201);
    assert.equal(done.body.answers.length, 3);
  });

  it('names each wrong answer and stores nothing', async () => {
    const { browser, path } = await elsWithOpen();
    const cases: Array<[unknown[], string, string]> = [
      [[{ questionId: 'q1', value: '4' }, ...valid.slice(1)], 'body.answers.0.value', 'type'],
      [[{ questionId: 'q1', value: 6 }, ...valid.slice(1)], 'body.answers.0.value', 'range'],
      [[{ questionId: 'q1', value: 0 }, ...valid.slice(1)], 'body.answers.0.value', 'range'],
      [
        [valid[0], { questionId: 'q2', value: 'Nooit' }, ...valid.slice(2)],
        'body.answers.1.value',
        'enum',
      ],
      [
        [valid[0], { questionId: 'q2', value: 2 }, ...valid.slice(2)],
        'body.answers.1.value',
        'type',
      ],
      [
        [...valid.slice(0, 2), { questionId: 'q3', value: 'ja' }, valid[3]],
        'body.answers.2.value',
        'type',
      ],
      [[...valid.slice(0, 3), { questionId: 'q4', value: false }], 'body.answers.3.value', 'type'],
      [[...valid, { questionId: 'q9', value: 'x' }], 'body.answers.4.questionId', 'unknown'],
      [[...valid, { questionId: 'q1', value: 5 }], 'body.answers.4.questionId', 'duplicate'],
    ];
    for (const [answers, field, code] of cases) {
      const problem = assertProblem(await submit(browser, path, answers), 400, 'validation_failed');
      assert.deepEqual(
        problem.errors!.map((e) => [e.field, e.code]),
        [[field, code]],
        JSON.stringify(answers),
      );
    }
    const still = await get(browser, path);
    assert.equal(still.body.status, 'open');
    assert.equal(still.body.answers, undefined);
    assert.equal((await submit(browser, path, valid)).status, 201, 'a correct try still works');
  });

  it('keeps questionnaires to their client and section', async () => {
    const { backend, browser, path } = await elsWithOpen();
    const sanne = newBrowser(backend);
    await signIn(backend, sanne, 's.devries');
    const els = path.replace('/clients/cl-els/', '/clients/cl-noah/');
    assertProblem(await get(sanne, els), 404, 'not_found');
    assertProblem(await submit(sanne, els, valid), 404, 'not_found');
    assertProblem(await get(sanne, path), 404, 'not_found');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    assertProblem(await get(mark, '/clients/cl-noah/questionnaires'), 403, 'forbidden_section');
    assert.equal((await get(browser, path)).body.status, 'open');
  });
});
