import assert from 'node:assert/strict';
import { it } from 'node:test';
import { operations } from '../src/validation/operations.js';
import type { MockBackend } from '../src/backend.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { callOp, expectOp, seen, type OpCall } from './conformance-kit.js';
import { API, lastDigits, newBrowser, setup, signIn, T0 } from './helpers.js';

const clientId = 'cl-noah';
const key = (k: string) => ({ 'Idempotency-Key': `conformance-${k}` });
const hour = 3_600_000;

/** Answers the questions of a questionnaire the way the contract says each type is answered. */
function answersFor(
  questions: Array<{ id: string; type: string; options?: string[]; min?: number }>,
) {
  return questions.map((q) => ({
    questionId: q.id,
    value:
      q.type === 'scale'
        ? (q.min ?? 1)
        : q.type === 'yes-no'
          ? true
          : q.type === 'choice'
            ? q.options![0]!
            : 'Goed',
  }));
}

/** Two requests with the same key at once, then the key again with another body: 409 and 422. */
async function keyConflicts(
  backend: MockBackend,
  browser: BrowserLikeFetch,
  operationId: string,
  req: OpCall,
  other: unknown,
) {
  backend.setScenario({ latencyMs: 40 });
  const [a, b] = await Promise.all([
    callOp(browser, operationId, req),
    callOp(browser, operationId, req),
  ]);
  backend.setScenario({ latencyMs: 0 });
  assert.deepEqual(
    [a.status, b.status].sort(),
    [201, 409],
    `${operationId}: ${a.status} ${b.status}`,
  );
  await expectOp(browser, operationId, 422, { ...req, body: other });
  return a.status === 201 ? a : b;
}

/** Uploads by content type (201, 415 for a program named .jpg) and the download (200). */
async function attachments(browser: BrowserLikeFetch) {
  const path = `/clients/${clientId}/attachments`;
  const send = (bytes: number[], type: string) =>
    browser(`${API}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': type, 'X-Portal-Request': '1' },
      body: new Blob([new Uint8Array(bytes)]),
    });
  const crossSite = await browser(`${API}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/jpeg' },
    body: new Blob([new Uint8Array([0xff, 0xd8, 0xff])]),
  });
  assert.equal(crossSite.status, 403);
  seen.set('uploadAttachment', new Set([403]));
  const exe = await send([0x4d, 0x5a, 0x90, 0], 'image/jpeg');
  assert.equal(exe.status, 415);
  seen.get('uploadAttachment')!.add(415);
  const up = await send([0xff, 0xd8, 0xff, 0xe0], 'image/jpeg');
  assert.equal(up.status, 201);
  seen.get('uploadAttachment')!.add(201);
  const { id } = (await up.json()) as { id: string };
  await expectOp(browser, 'getAttachment', 200, { path: { clientId, attachmentId: id } });
  await expectOp(browser, 'getAttachment', 404, { path: { clientId, attachmentId: 'at-none' } });
}

/** Every client-scoped operation succeeds for someone with the section, with its specific errors. */
export function clientCases() {
  it('serves every client-scoped operation to a parent with every section', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const p = { clientId };
    await expectOp(browser, 'getSummary', 200, { path: p });
    await expectOp(browser, 'getSyncStatus', 200, { path: p });

    const appointments = await expectOp(browser, 'listAppointments', 200, { path: p });
    const care = appointments.body.items.find((a: { kind: string }) => a.kind === 'care');
    assert.ok(care, 'the seed has care appointments');
    const appointment = {
      title: 'Tandarts',
      start: new Date(T0 + 24 * hour).toISOString(),
      end: new Date(T0 + 25 * hour).toISOString(),
      visibility: 'private',
    };
    const own = await keyConflicts(
      backend,
      browser,
      'createAppointment',
      { path: p, body: appointment, headers: key('ap') },
      { ...appointment, title: 'Fysio' },
    );
    const ap = { ...p, appointmentId: own.body.id as string };
    await expectOp(browser, 'updateAppointment', 200, {
      path: ap,
      body: { ...appointment, visibility: 'public' },
    });
    await expectOp(browser, 'updateAppointment', 403, {
      path: { ...p, appointmentId: care.id },
      body: appointment,
    });
    await expectOp(browser, 'updateAppointment', 404, {
      path: { ...p, appointmentId: 'ap-unknown' },
      body: appointment,
    });
    await expectOp(browser, 'deleteAppointment', 403, { path: { ...p, appointmentId: care.id } });
    await expectOp(browser, 'deleteAppointment', 204, { path: ap });
    const visit = appointments.body.items.find(
      (a: { kind: string; start: string }) => a.kind === 'care' && Date.parse(a.start) > T0 + hour,
    );
    const change = { kind: 'not-home', reason: 'Ik ben die ochtend bij mijn dochter.' };
    await keyConflicts(
      backend,
      browser,
      'requestVisitChange',
      { path: { ...p, appointmentId: visit.id }, body: change, headers: key('vc') },
      { ...change, reason: 'Anders' },
    );

    await expectOp(browser, 'listRecipients', 200, { path: p });
    const first = { recipientIds: ['care-team'], body: 'Kan de zorg morgen om 9 uur komen?' };
    const started = await keyConflicts(
      backend,
      browser,
      'startConversation',
      { path: p, body: first, headers: key('cv') },
      { ...first, body: 'Iets anders' },
    );
    const cv = { ...p, conversationId: started.body.id as string };
    await expectOp(browser, 'listConversations', 200, { path: p });
    const reply = { body: 'Dank u wel!' };
    const sent = await keyConflicts(
      backend,
      browser,
      'sendMessage',
      { path: cv, body: reply, headers: key('msg') },
      { body: 'Anders' },
    );
    await expectOp(browser, 'listConversationMessages', 200, { path: cv });
    await expectOp(browser, 'listConversationMessages', 404, {
      path: { ...p, conversationId: 'cv-unknown' },
    });
    await expectOp(browser, 'listMessages', 200, { path: p, query: { limit: '4' } });
    await expectOp(browser, 'markConversationRead', 200, {
      path: cv,
      body: { upToMessageId: sent.body.id },
    });

    const posts = await expectOp(browser, 'listBulletinPosts', 200, { path: p });
    const post = { text: 'Vrijdag zijn we niet thuis.' };
    const mine = await keyConflicts(
      backend,
      browser,
      'createBulletinPost',
      { path: p, body: post, headers: key('bp') },
      { text: 'Zaterdag ook niet.' },
    );
    const theirs = posts.body.find((b: { deletable: boolean }) => !b.deletable);
    assert.ok(theirs, 'the seed has posts by others');
    await expectOp(browser, 'updateBulletinPost', 200, {
      path: { ...p, postId: mine.body.id },
      body: { text: 'Vrijdag toch thuis.' },
    });
    await expectOp(browser, 'updateBulletinPost', 403, {
      path: { ...p, postId: theirs.id },
      body: { text: 'Niet van mij.' },
    });
    await expectOp(browser, 'deleteBulletinPost', 403, { path: { ...p, postId: theirs.id } });
    await expectOp(browser, 'deleteBulletinPost', 204, { path: { ...p, postId: mine.body.id } });

    await attachments(browser);

    const range = {
      from: new Date(T0 - 30 * 24 * hour).toISOString(),
      to: new Date(T0).toISOString(),
    };
    await expectOp(browser, 'listReports', 200, { path: p, query: range });
    const report = { title: 'Weekend thuis', body: 'Noah had zaterdag koorts.' };
    await keyConflicts(
      backend,
      browser,
      'createReport',
      { path: p, body: report, headers: key('rp') },
      { ...report, title: 'Anders' },
    );
    await expectOp(browser, 'exportReports', 200, { path: p, query: range });
    await expectOp(browser, 'listTimeline', 200, { path: p });
    const kinds = await expectOp(browser, 'listMeasurementKinds', 200, { path: p });
    await expectOp(browser, 'listMeasurements', 200, {
      path: p,
      query: { kind: kinds.body[0].code },
    });
    await questionnaires(backend, browser);
    await plans(backend, browser);
    await expectOp(browser, 'getProfile', 200, { path: p });
    await expectOp(browser, 'listCareTeam', 200, { path: p });
    await corrections(backend, browser);
    await people(backend, browser);
    await expectOp(browser, 'listAccessLog', 200, { path: p });
  });

  it('answers 400, 401, 403 and 404 on every client-scoped operation', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const anonymous = newBrowser(backend);
    const grant = backend.db.grants.find((g) => g.userId === 'u-sanne' && g.clientId === clientId)!;
    for (const op of operations.filter((o) => o.path.startsWith('/clients/'))) {
      const path = Object.fromEntries(
        op.parameters
          .filter((x) => x.in === 'path')
          .map((x) => [x.name, x.name === 'clientId' ? clientId : 'id-1']),
      );
      const headers = op.parameters.some((x) => x.name === 'Idempotency-Key')
        ? key(`generic-${op.operationId}`)
        : {};
      const base: OpCall = { path, headers, ...(op.bodySchema ? { body: {} } : {}) };
      if (op.responses['400']) {
        const query: Record<string, string> = op.parameters.some((x) => x.name === 'limit')
          ? { limit: '0' }
          : op.parameters.some((x) => x.name === 'from')
            ? { from: 'gisteren' }
            : { unknown: '1' };
        await expectOp(browser, op.operationId, 400, { ...base, query });
      }
      await expectOp(anonymous, op.operationId, 401, base);
      await expectOp(browser, op.operationId, 404, {
        ...base,
        path: { ...path, clientId: 'cl-nobody' },
      });
      if (op.responses['403'] && op.section) {
        const sections = grant.sections;
        grant.sections = sections.filter((s) => s !== op.section);
        await expectOp(browser, op.operationId, 403, base);
        grant.sections = sections;
      }
    }
  });
}

async function corrections(backend: MockBackend, browser: BrowserLikeFetch) {
  const p = { clientId };
  const request = { subject: { kind: 'profile', field: 'phone' }, wrong: 'Oud', correct: 'Nieuw' };
  await keyConflicts(
    backend,
    browser,
    'createCorrectionRequest',
    { path: p, body: request, headers: key('cr') },
    { ...request, correct: 'Anders' },
  );
  await expectOp(browser, 'createCorrectionRequest', 404, {
    path: p,
    body: { ...request, subject: { kind: 'report', reportId: 'rp-unknown' } },
    headers: key('cr-404'),
  });
  await expectOp(browser, 'listCorrectionRequests', 200, { path: p });
}

async function questionnaires(backend: MockBackend, browser: BrowserLikeFetch) {
  const p = { clientId };
  const list = await expectOp(browser, 'listQuestionnaires', 200, { path: p });
  const open = list.body.find((q: { status: string }) => q.status === 'open');
  const done = list.body.find((q: { status: string }) => q.status === 'completed');
  assert.ok(open && done, 'the seed has an open and a completed questionnaire');
  const full = await expectOp(browser, 'getQuestionnaire', 200, {
    path: { ...p, questionnaireId: open.id },
  });
  const answers = answersFor(full.body.questions);
  const qp = { ...p, questionnaireId: open.id as string };
  await expectOp(browser, 'submitQuestionnaire', 201, {
    path: qp,
    body: { answers },
    headers: key('qn'),
  });
  await expectOp(browser, 'submitQuestionnaire', 422, {
    path: qp,
    body: { answers: answers.slice(1) },
    headers: key('qn'),
  });
  await expectOp(browser, 'submitQuestionnaire', 409, {
    path: { ...p, questionnaireId: done.id },
    body: { answers },
    headers: key('qn2'),
  });
  void backend;
}

async function plans(backend: MockBackend, browser: BrowserLikeFetch) {
  const p = { clientId };
  const list = await expectOp(browser, 'listPlans', 200, { path: p });
  const pending = list.body.find((x: { status: string }) => x.status === 'awaiting-decision');
  const decided = list.body.find((x: { status: string }) => x.status === 'signed');
  assert.ok(pending && decided, 'the seed has a signed and an awaiting plan');
  const pp = { ...p, planId: pending.id as string };
  await expectOp(browser, 'getPlanDocument', 200, { path: pp });
  await expectOp(browser, 'requestPlanDecisionCode', 409, {
    path: pp,
    body: { decision: 'sign', version: pending.version + 1 },
  });
  await expectOp(browser, 'requestPlanDecisionCode', 409, {
    path: { ...p, planId: decided.id },
    body: { decision: 'sign', version: decided.version },
  });
  const challenge = await expectOp(browser, 'requestPlanDecisionCode', 200, {
    path: pp,
    body: { decision: 'sign', version: pending.version },
  });
  await expectOp(browser, 'requestPlanDecisionCode', 429, {
    path: pp,
    body: { decision: 'sign', version: pending.version },
  });
  const decision = { decision: 'sign', version: pending.version, challengeId: challenge.body.id };
  const digits = lastDigits(backend, 's.devries');
  await expectOp(browser, 'decidePlan', 422, {
    path: pp,
    body: { ...decision, code: digits === '000000' ? '111111' : '000000' },
  });
  await expectOp(browser, 'decidePlan', 200, { path: pp, body: { ...decision, code: digits } });
  await expectOp(browser, 'decidePlan', 409, { path: pp, body: { ...decision, code: digits } });
}

async function people(backend: MockBackend, browser: BrowserLikeFetch) {
  const p = { clientId };
  const list = await expectOp(browser, 'listPeople', 200, { path: p });
  const self = list.body.find((x: { isSelf: boolean }) => x.isSelf);
  const person = {
    name: 'Oma Jansen',
    email: 'oma@example.nl',
    phone: '0612345678',
    relation: 'Oma',
  };
  const added = await keyConflicts(
    backend,
    browser,
    'addPerson',
    { path: p, body: person, headers: key('pe') },
    { ...person, name: 'Opa Jansen' },
  );
  const pp = { ...p, personId: added.body.id as string };
  await expectOp(browser, 'setPersonSections', 200, {
    path: pp,
    body: { sections: ['appointments', 'messages'] },
  });
  await expectOp(browser, 'setPersonSections', 403, {
    path: { ...p, personId: self.id },
    body: { sections: [] },
  });
  await expectOp(browser, 'setPersonSections', 404, {
    path: { ...p, personId: 'pe-unknown' },
    body: { sections: [] },
  });
  await expectOp(browser, 'revokePerson', 403, { path: { ...p, personId: self.id } });
  await expectOp(browser, 'revokePerson', 404, { path: { ...p, personId: 'pe-unknown' } });
  await expectOp(browser, 'revokePerson', 204, { path: pp });
}
