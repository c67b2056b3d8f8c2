import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { ApiError, type SessionState } from '../src/index.js';
import { json, networkError, problem, scriptedClient, sessionBody, settle } from './helpers.js';

const T0 = Date.parse('2026-11-20T10:00:00Z');

/** Records every event of the given types, in order. */
function recordEvents(target: EventTarget, types: string[]) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of types) {
    target.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  return events;
}

const allEvents = ['idle-warning', 'idle-reset', 'expired', 'signed-out', 'signed-in'];

describe('refresh', () => {
  test('a session makes the store signed in and emits signed-in', async () => {
    const { client, seen } = scriptedClient([json(sessionBody(Date.now()))]);
    const events = recordEvents(client.session, allEvents);
    const states: SessionState[] = [];
    client.session.subscribe((s) => states.push(s));
    const state = await client.session.refresh();
    assert.equal(state.status, 'signed-in');
    assert.equal(state.session?.user.username, 's.devries');
    assert.deepEqual(
      states.map((s) => s.status),
      ['signed-in'],
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['signed-in'],
    );
    assert.deepEqual(
      seen.map((s) => s.path),
      ['/session'],
    );
  });

  test('without a session, a sign-in in progress makes it signing in', async () => {
    const signIn = { step: 'code', codePolicy: 'every-sign-in', passwordRules: {} };
    const { client, seen } = scriptedClient([problem(401, 'unauthenticated'), json(signIn)]);
    const state = await client.session.refresh();
    assert.equal(state.status, 'signing-in');
    assert.equal(state.signIn?.step, 'code');
    assert.deepEqual(
      seen.map((s) => s.path),
      ['/session', '/auth/state'],
    );
  });

  test('with neither, the store is signed out without a reason', async () => {
    const { client } = scriptedClient([
      problem(401, 'unauthenticated'),
      problem(401, 'unauthenticated'),
    ]);
    const state = await client.session.refresh();
    assert.deepEqual(state, { status: 'signed-out' });
  });

  test('a server failure is thrown and leaves the state unknown', async () => {
    const { client } = scriptedClient([problem(500, 'internal_error')], {
      retry: { retries: 0 },
    });
    await assert.rejects(client.session.refresh(), (e) => e instanceof ApiError);
    assert.equal(client.session.getState().status, 'unknown');
  });

  test('unsubscribing stops the calls', async () => {
    const { client } = scriptedClient([json(sessionBody(Date.now()))]);
    let calls = 0;
    const unsubscribe = client.session.subscribe(() => calls++);
    unsubscribe();
    await client.session.refresh();
    assert.equal(calls, 0);
  });
});

describe('a session the server ends', () => {
  for (const code of ['session_expired', 'unauthenticated']) {
    test(`a 401 ${code} outside /auth/ while signed in: signed out, reason expired`, async () => {
      const { client } = scriptedClient([json(sessionBody(Date.now())), problem(401, code)]);
      await client.session.refresh();
      const events = recordEvents(client.session, allEvents);
      const params = { path: { clientId: 'cl-noah' } };
      await client.api.GET('/clients/{clientId}/reports', { params });
      assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'expired' });
      assert.deepEqual(events, [
        { type: 'expired', detail: { status: 'signed-out', reason: 'expired' } },
      ]);
      assert.equal(client.session.idleExpiresAt, undefined);
    });
  }

  test('a 401 under /auth/ or a 403 leaves the session alone', async () => {
    const { client } = scriptedClient([
      json(sessionBody(Date.now())),
      problem(401, 'unauthenticated'),
      problem(403, 'forbidden_section'),
    ]);
    await client.session.refresh();
    await client.api.GET('/auth/invitations');
    await client.api.GET('/clients/{clientId}/reports', { params: { path: { clientId: 'c' } } });
    assert.equal(client.session.getState().status, 'signed-in');
  });
});

describe('sign-out', () => {
  test('calls the server, clears the state and emits signed-out', async () => {
    const { client, seen } = scriptedClient([
      json(sessionBody(Date.now())),
      new Response(null, { status: 204 }),
    ]);
    await client.session.refresh();
    const events = recordEvents(client.session, allEvents);
    await client.session.signOut();
    assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'signed-out' });
    assert.deepEqual(
      events.map((e) => e.type),
      ['signed-out'],
    );
    assert.equal(seen[1]?.path, '/auth/sign-out');
    assert.equal(seen[1]?.request.headers.get('X-Portal-Request'), '1');
    assert.equal(client.session.idleExpiresAt, undefined);
  });

  test('clears the page even when the server cannot be reached, and says so', async () => {
    const { client } = scriptedClient([json(sessionBody(Date.now())), networkError()]);
    await client.session.refresh();
    await assert.rejects(client.session.signOut(), (e) => (e as ApiError).code === 'network_error');
    assert.equal(client.session.getState().status, 'signed-out');
  });
});

describe('idle timeout', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: T0 }));
  afterEach(() => mock.timers.reset());

  /** A signed-in client on the mocked clock: idle after 900 s, warned 120 s before. */
  async function signedIn(extra: ConstructorParameters<typeof Response>[] = []) {
    const steps = [json(sessionBody(T0)), ...extra.map((args) => new Response(...args))];
    const script = scriptedClient(steps);
    await script.client.session.refresh();
    return { ...script, events: recordEvents(script.client.session, allEvents) };
  }

  test('warns idleWarningSeconds before the idle expiry, once', async () => {
    const { client, events } = await signedIn();
    assert.equal(client.session.idleExpiresAt, T0 + 900_000);
    mock.timers.tick(779_000);
    assert.deepEqual(events, []);
    mock.timers.tick(1_000);
    const warning = { type: 'idle-warning', detail: { expiresAt: T0 + 900_000, secondsLeft: 120 } };
    assert.deepEqual(events, [warning]);
    mock.timers.tick(119_000);
    assert.deepEqual(events, [warning]);
  });

  test('at the expiry, confirms with the server and signs out with reason idle', async () => {
    const { client, events, seen, steps } = await signedIn();
    steps.push(problem(401, 'session_expired'));
    mock.timers.tick(900_000);
    await settle();
    assert.deepEqual(
      seen.map((s) => s.path),
      ['/session', '/session'],
    );
    assert.deepEqual(client.session.getState(), { status: 'signed-out', reason: 'idle' });
    assert.deepEqual(
      events.map((e) => e.type),
      ['idle-warning', 'expired'],
    );
    assert.deepEqual(events[1]?.detail, { status: 'signed-out', reason: 'idle' });
  });

  test('a session kept alive elsewhere stays signed in with the new expiry', async () => {
    const { client, events, steps } = await signedIn();
    mock.timers.tick(600_000);
    // Another tab was active: the server's idle expiry moved on.
    steps.push(json(sessionBody(T0 + 600_000)));
    mock.timers.tick(300_000);
    await settle();
    assert.equal(client.session.getState().status, 'signed-in');
    assert.equal(client.session.idleExpiresAt, T0 + 1_500_000);
    assert.deepEqual(
      events.map((e) => e.type),
      ['idle-warning', 'idle-reset'],
    );
  });

  test('every successful call but GET /session moves the expiry', async () => {
    const { client, steps } = await signedIn();
    mock.timers.tick(100_000);
    steps.push(json(sessionBody(T0)), json({ items: [] }));
    await client.api.GET('/session');
    assert.equal(client.session.idleExpiresAt, T0 + 900_000);
    await client.api.GET('/clients/{clientId}/reports', { params: { path: { clientId: 'c' } } });
    assert.equal(client.session.idleExpiresAt, T0 + 1_000_000);
  });

  test('activity after a warning emits idle-reset; keepAlive takes the server expiry', async () => {
    const { client, events, steps } = await signedIn();
    mock.timers.tick(800_000);
    steps.push(json(sessionBody(T0 + 800_000)));
    await client.session.keepAlive();
    assert.equal(client.session.idleExpiresAt, T0 + 1_700_000);
    assert.equal(client.session.getState().session?.idleExpiresAt, '2026-11-20T10:28:20.000Z');
    assert.deepEqual(
      events.map((e) => e.type),
      ['idle-warning', 'idle-reset'],
    );
  });

  test('sign-out clears the timers', async () => {
    const { client, events, steps } = await signedIn();
    steps.push(new Response(null, { status: 204 }));
    await client.session.signOut();
    mock.timers.tick(2_000_000);
    await settle();
    assert.deepEqual(
      events.map((e) => e.type),
      ['signed-out'],
    );
  });

  test('the warning time follows idleWarningSeconds', async () => {
    const { client } = scriptedClient([json(sessionBody(T0))], { idleWarningSeconds: 30 });
    const events = recordEvents(client.session, ['idle-warning']);
    await client.session.refresh();
    mock.timers.tick(869_000);
    assert.equal(events.length, 0);
    mock.timers.tick(1_000);
    assert.equal(events.length, 1);
  });

  test('corrects for a server clock that runs ahead, by its Date header', async () => {
    const ahead = T0 + 3_600_000;
    const date = { Date: new Date(ahead).toUTCString() };
    const { client } = scriptedClient([json(sessionBody(ahead), 200, date)]);
    await client.session.refresh();
    assert.equal(client.session.idleExpiresAt, T0 + 900_000);
  });
});
