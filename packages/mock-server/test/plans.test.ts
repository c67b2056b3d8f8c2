import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createChallenge } from '../src/core/challenges.js';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, lastDigits, newBrowser, setup, signIn, T0 } from './helpers.js';
import { assertPdf, assertProblem, at, DAY, get, pdfText } from './dossier-helpers.js';

type Plan = { id: string; version: number; title: string; status: string; decidedBy?: string };
const base = '/clients/cl-noah/plans';

/** Sanne signed in, with Noah's plan versions (newest first). */
async function sanneWithPlans(options = {}) {
  const { backend, browser } = setup(options);
  await signIn(backend, browser, 's.devries');
  const plans = (await get<Plan[]>(browser, base)).body;
  return { backend, browser, plans, open: plans[0]! };
}

const askCode = (b: BrowserLikeFetch, planPath: string, decision: string, version: number) =>
  call(b, 'POST', `${planPath}/decision-code`, { decision, version });

const decide = (b: BrowserLikeFetch, planPath: string, body: Record<string, unknown>) =>
  call(b, 'POST', `${planPath}/decision`, body);

/** The 6 digits of the plan code, read from the SMS in the outbox. */
function smsDigits(backend: MockBackend, username: string): string {
  const sms = backend
    .outbox()
    .filter((m) => m.channel === 'sms')
    .at(-1)!;
  assert.match(sms.text, /code om het zorgplan te bevestigen/);
  return lastDigits(backend, username);
}

describe('care plans (P8)', () => {
  it('lists the versions newest first and downloads each as a PDF', async () => {
    const { browser, plans } = await sanneWithPlans();
    assert.deepEqual(
      plans.map((p) => [p.version, p.status]),
      [
        [2, 'awaiting-decision'],
        [1, 'signed'],
      ],
    );
    assert.equal(plans[1]!.decidedBy, 'Sanne de Vries');
    const texts = [];
    for (const plan of plans) {
      const text = pdfText(assertPdf(await get(browser, `${base}/${plan.id}/document`)));
      assert.ok(text.includes(plan.title));
      assert.ok(text.some((l) => l.includes(`versie ${plan.version}`)));
      texts.push(text.join('\n'));
    }
    assert.match(texts[0]!, /Wat is er veranderd\?/);
    assert.doesNotMatch(texts[1]!, /Wat is er veranderd\?/);
    assert.match(texts[1]!, /Ondertekend door Sanne de Vries op /);
    assert.match(texts[0]!, /’s nachts bewaking van de zuurstofsaturatie/);
    assertProblem(await get(browser, `${base}/pl-unknown/document`), 404, 'not_found');
  });

  it('signs a plan end to end with the SMS code from the outbox', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    const asked = await askCode(browser, path, 'sign', open.version);
    assert.equal(asked.status, 200, JSON.stringify(asked.body));
    assert.equal(asked.body.purpose, 'plan-decision');
    assert.match(asked.body.prefix, /^\d{4}$/);
    const code = smsDigits(backend, 's.devries');
    const signed = await decide(browser, path, {
      decision: 'sign',
      version: open.version,
      challengeId: asked.body.id,
      code,
    });
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    assert.deepEqual(
      [signed.body.status, signed.body.decidedAt, signed.body.decidedBy],
      ['signed', at(T0), 'Sanne de Vries'],
    );
    const plans = (await get<Plan[]>(browser, base)).body;
    assert.deepEqual(
      plans.map((p) => p.status),
      ['signed', 'superseded'],
    );
    const twice = await decide(browser, path, {
      decision: 'sign',
      version: open.version,
      challengeId: asked.body.id,
      code,
    });
    assertProblem(twice, 409, 'plan_already_decided');
    backend.clock.advance(60_000);
    assertProblem(
      await askCode(browser, path, 'reject', open.version),
      409,
      'plan_already_decided',
    );
    const text = pdfText(assertPdf(await get(browser, `${path}/document`))).join('\n');
    assert.match(text, /Ondertekend door Sanne de Vries op vrijdag 20 november 2026 om 11:00/);
  });

  it('rejects a plan with a reason', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'e.jansen');
    const plans = (await get<Plan[]>(browser, '/clients/cl-els/plans')).body;
    const path = `/clients/cl-els/plans/${plans[0]!.id}`;
    const asked = await askCode(browser, path, 'reject', 2);
    const reason = 'De middagbezoeken wil ik liever op dinsdag en vrijdag.';
    const rejected = await decide(browser, path, {
      decision: 'reject',
      version: 2,
      challengeId: asked.body.id,
      code: lastDigits(backend, 'e.jansen'),
      reason: `  ${reason} `,
    });
    assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
    assert.equal(rejected.body.status, 'rejected');
    assert.equal(rejected.body.rejectionReason, reason);
    assert.equal(rejected.body.decidedBy, 'Els Jansen');
    const after = (await get<Plan[]>(browser, '/clients/cl-els/plans')).body;
    assert.deepEqual(
      after.map((p) => p.status),
      ['rejected', 'signed'],
      'a rejection leaves the signed version as it was',
    );
  });

  it('asks a code only for the current version of an undecided plan', async () => {
    const { browser, plans, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    assertProblem(await askCode(browser, path, 'sign', 1), 409, 'plan_changed');
    assertProblem(await askCode(browser, path, 'sign', 3), 409, 'plan_changed');
    const old = `${base}/${plans[1]!.id}`;
    assertProblem(await askCode(browser, old, 'sign', 1), 409, 'plan_already_decided');
    assertProblem(await askCode(browser, `${base}/pl-3`, 'sign', 2), 404, 'not_found');
    assert.equal((await askCode(browser, path, 'sign', 2)).status, 200);
    assertProblem(await askCode(browser, path, 'sign', 2), 429, 'too_many_requests');
  });

  it('refuses a code asked for another decision or another plan', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    const decision = { decision: 'sign', version: open.version };
    const forReject = await askCode(browser, path, 'reject', open.version);
    const rejectDigits = lastDigits(backend, 's.devries');
    const crossed = { ...decision, challengeId: forReject.body.id, code: rejectDigits };
    assertProblem(await decide(browser, path, crossed), 422, 'challenge_invalid');

    backend.db.plans.push({
      ...structuredClone(backend.db.plans.find((p) => p.id === open.id)!),
      id: 'pl-lotte-1',
      clientId: 'cl-lotte',
      version: 1,
    });
    backend.clock.advance(31_000);
    const lotte = await askCode(browser, '/clients/cl-lotte/plans/pl-lotte-1', 'sign', 1);
    assert.equal(lotte.status, 200, JSON.stringify(lotte.body));
    const code = lastDigits(backend, 's.devries');
    const other = { ...decision, challengeId: lotte.body.id, code };
    assertProblem(await decide(browser, path, other), 422, 'challenge_invalid');
    assert.equal((await get<Plan[]>(browser, base)).body[0]!.status, 'awaiting-decision');
  });

  it('refuses a sign-in code; a wrong code counts down, the right one still works', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    const decision = { decision: 'sign', version: open.version };
    backend.clock.advance(31_000);
    const session = [...backend.db.sessions.values()].find((s) => !s.ended)!;
    const user = backend.db.users.get('u-sanne')!;
    const signInCode = await createChallenge(backend.db, backend.clock.now(), session, user, {
      purpose: 'sign-in',
    });
    const code = lastDigits(backend, 's.devries');
    const asSignIn = { ...decision, challengeId: signInCode.id, code };
    assertProblem(await decide(browser, path, asSignIn), 422, 'challenge_invalid');

    const asked = await askCode(browser, path, 'sign', open.version);
    const right = lastDigits(backend, 's.devries');
    const wrong = right === '000000' ? '111111' : '000000';
    const bad = { ...decision, challengeId: asked.body.id, code: wrong };
    const problem = assertProblem(await decide(browser, path, bad), 422, 'code_invalid');
    assert.equal(problem.attemptsLeft, 4);
    assert.equal((await get<Plan[]>(browser, base)).body[0]!.status, 'awaiting-decision');
    const ok = await decide(browser, path, {
      ...decision,
      challengeId: asked.body.id,
      code: right,
    });
    assert.equal(ok.status, 200, 'the right code for this plan and decision still works');
  });

  it('refuses the decision when a newer version came meanwhile', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    const asked = await askCode(browser, path, 'sign', open.version);
    const code = lastDigits(backend, 's.devries');
    // The care team publishes version 3 while Sanne reads her SMS.
    const current = backend.db.plans.find((p) => p.id === open.id)!;
    current.status = 'superseded';
    backend.db.plans.push({
      ...structuredClone(current),
      id: 'pl-noah-3',
      version: 3,
      status: 'awaiting-decision',
      createdAt: T0 - DAY / 24,
    });
    const body = { decision: 'sign', version: open.version, challengeId: asked.body.id, code };
    assertProblem(await decide(browser, path, body), 409, 'plan_changed');
    const plans = (await get<Plan[]>(browser, base)).body;
    assert.deepEqual(
      plans.map((p) => [p.version, p.status]),
      [
        [3, 'awaiting-decision'],
        [2, 'superseded'],
        [1, 'signed'],
      ],
    );
  });

  it('refuses the decision when the plan changed in place after the code was sent', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const path = `${base}/${open.id}`;
    const asked = await askCode(browser, path, 'sign', 2);
    const code = lastDigits(backend, 's.devries');
    backend.db.plans.find((p) => p.id === open.id)!.version = 3;
    const stale = { decision: 'sign', version: 2, challengeId: asked.body.id, code };
    assertProblem(await decide(browser, path, stale), 409, 'plan_changed');
    const claimed = { ...stale, version: 3 };
    assertProblem(await decide(browser, path, claimed), 409, 'plan_changed');
  });

  it('needs the plans section and the client', async () => {
    const { backend, browser, open } = await sanneWithPlans();
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    assertProblem(await get(mark, base), 403, 'forbidden_section');
    assertProblem(await get(mark, `${base}/${open.id}/document`), 403, 'forbidden_section');
    assertProblem(await askCode(mark, `${base}/${open.id}`, 'sign', 2), 403, 'forbidden_section');
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assertProblem(await get(els, base), 404, 'not_found');
    assertProblem(await get(browser, `/clients/cl-noah/plans/pl-3/document`), 404, 'not_found');
  });
});
