// The developer routes under /__dev/ that the demo's "Demo-hulp" panel uses: the care team's and
// the planner's answers reach the portal through the API, and bad input changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { devRoute } from '../src/dev-routes.js';
import type { MockBackend } from '../src/backend.js';
import { call, setup, signIn, T0 } from './helpers.js';
import { create, get } from './dossier-helpers.js';

/** A developer route with a JSON body (or none). */
function dev(backend: MockBackend, method: string, path: string, body?: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return devRoute(backend, method, path, Buffer.from(text))!;
}

describe('developer routes (/__dev/)', () => {
  it('shows the outbox, and is no route of the API', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const outbox = dev(backend, 'GET', '/__dev/outbox');
    assert.equal(outbox.status, 200);
    assert.deepEqual(outbox.body, backend.outbox());
    assert.equal(devRoute(backend, 'GET', '/api/v1/session', Buffer.alloc(0)), undefined);
    assert.equal(dev(backend, 'GET', '/__dev/nothing').status, 404);
  });

  it('lets the care team answer a correction request, which the portal then shows', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const path = '/clients/cl-noah/correction-requests';
    const request = {
      subject: { kind: 'profile', field: 'phone' },
      wrong: 'Oud.',
      correct: 'Nieuw.',
    };
    const sent = await create(browser, path, request, 'dev-correction-1');
    const open = dev(backend, 'GET', '/__dev/corrections');
    assert.deepEqual(
      (open.body as { id: string }[]).map((r) => r.id),
      [sent.body.id],
    );
    // Declining needs a reason; an unknown status or id changes nothing.
    const at = `/__dev/corrections/${sent.body.id}`;
    assert.equal(dev(backend, 'POST', at, { status: 'declined', reason: ' ' }).status, 400);
    assert.equal(dev(backend, 'POST', at, { status: 'sent' }).status, 400);
    assert.equal(
      dev(backend, 'POST', '/__dev/corrections/nope', { status: 'corrected' }).status,
      404,
    );
    assert.equal(dev(backend, 'POST', at, 'not an object').status, 400);
    assert.equal((await get(browser, path)).body[0].status, 'sent');
    const declined = dev(backend, 'POST', at, { status: 'declined', reason: 'Dit klopt al.' });
    assert.equal(declined.status, 200);
    const [shown] = (await get(browser, path)).body;
    assert.equal(shown.status, 'declined');
    assert.equal(shown.declineReason, 'Dit klopt al.');
    assert.deepEqual(dev(backend, 'GET', '/__dev/corrections').body, []);
  });

  it('lets the planner answer a visit change request, which the agenda then shows', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const visit = backend.db.appointments.find(
      (a) => a.clientId === 'cl-noah' && a.kind === 'care' && Date.parse(a.start) > T0,
    )!;
    const asked = await call(
      browser,
      'POST',
      `/clients/cl-noah/appointments/${visit.id}/change-request`,
      { kind: 'not-home', reason: 'Ik ben bij mijn dochter.' },
      { 'Idempotency-Key': 'dev-visit-1' },
    );
    assert.equal(asked.status, 201);
    const open = dev(backend, 'GET', '/__dev/visit-changes').body as { id: string }[];
    assert.deepEqual(
      open.map((a) => a.id),
      [visit.id],
    );
    const at = `/__dev/visit-changes/${visit.id}`;
    assert.equal(dev(backend, 'POST', at, { accept: 'yes' }).status, 400);
    const answered = dev(backend, 'POST', at, { accept: false, text: 'Dan komen we dinsdag.' });
    assert.equal(answered.status, 200);
    assert.equal(dev(backend, 'POST', at, { accept: true }).status, 404, 'answered already');
    const agenda = await get(browser, '/clients/cl-noah/appointments');
    const shown = agenda.body.items.find((a: { id: string }) => a.id === visit.id);
    assert.equal(shown.changeRequest.status, 'declined');
    assert.equal(shown.changeRequest.answer, 'Dan komen we dinsdag.');
  });

  it('starts over with fresh data on reset, and every session ends', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    assert.equal((await call(browser, 'GET', '/session')).status, 200);
    assert.equal(dev(backend, 'POST', '/__dev/reset', {}).status, 200);
    assert.equal((await call(browser, 'GET', '/session')).status, 401);
    assert.deepEqual(dev(backend, 'GET', '/__dev/corrections').body, []);
  });
});
