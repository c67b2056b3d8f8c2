import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, unwrap, type PortalClient } from '../src/index.js';
import { json, networkError, problem, scriptedClient } from './helpers.js';

const message = { body: 'Hoe ging het vandaag?' };
const messagePath = '/clients/{clientId}/conversations/{conversationId}/messages' as const;
const sent = { id: 'msg-1', conversationId: 'cv-1', body: message.body };
const path = { clientId: 'cl-noah', conversationId: 'cv-1' };

/** The rejection of a promise, as an ApiError. */
async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
  return error;
}

describe('retries of safe calls', () => {
  test('a GET is tried again after a network error and a 503', async () => {
    const { client, seen } = scriptedClient([
      networkError(),
      problem(503, 'service_unavailable'),
      json({ step: 'terms', codePolicy: 'every-sign-in' }),
    ]);
    const state = unwrap(await client.api.GET('/auth/state'));
    assert.equal(state.step, 'terms');
    assert.equal(seen.length, 3);
  });

  test('gives up after the configured retries with the last answer', async () => {
    const steps = Array.from({ length: 5 }, () => problem(503, 'service_unavailable'));
    const { client, seen } = scriptedClient(steps, { retry: { retries: 2, baseDelayMs: 1 } });
    const error = await rejection(client.api.GET('/session').then(unwrap));
    assert.equal(error.code, 'service_unavailable');
    assert.equal(seen.length, 3);
  });

  test('retries three times by default, then reports the network error', async () => {
    const steps = Array.from({ length: 5 }, networkError);
    const { client, seen } = scriptedClient(steps);
    const error = await rejection(client.api.GET('/session'));
    assert.equal(error.code, 'network_error');
    assert.equal(error.status, 0);
    assert.equal(seen.length, 4);
  });

  test('a 429 waits the Retry-After seconds before the next try', async () => {
    const { client, seen } = scriptedClient([
      problem(429, 'too_many_requests', {}, { 'Retry-After': '1' }),
      json({ step: 'code', codePolicy: 'every-sign-in' }),
    ]);
    const started = performance.now();
    unwrap(await client.api.GET('/auth/state'));
    const waited = performance.now() - started;
    assert.equal(seen.length, 2);
    assert.ok(waited >= 990, `waited only ${waited} ms`);
  });

  test('a Retry-After longer than maxDelayMs is handed to the caller instead', async () => {
    const { client, seen } = scriptedClient([
      problem(503, 'service_unavailable', {}, { 'Retry-After': '30' }),
    ]);
    const error = await rejection(client.api.GET('/session').then(unwrap));
    assert.equal(seen.length, 1);
    assert.equal(error.retryAfter, 30);
  });

  test('a 4xx is not retried', async () => {
    const { client, seen } = scriptedClient([problem(404, 'not_found')]);
    const error = await rejection(
      client.api
        .GET('/clients/{clientId}/profile', {
          params: { path: { clientId: 'cl-x' } },
        })
        .then(unwrap),
    );
    assert.equal(error.code, 'not_found');
    assert.equal(seen.length, 1);
  });
});

describe('retries of state-changing calls', () => {
  test('a POST without an Idempotency-Key is not retried after a network error', async () => {
    const { client, seen } = scriptedClient([networkError(), json({})]);
    const body = { username: 'e.jansen', password: 'x' };
    const error = await rejection(client.api.POST('/auth/sign-in', { body }));
    assert.equal(error.code, 'network_error');
    assert.equal(seen.length, 1);
  });

  test('a POST without an Idempotency-Key is not retried after a 503', async () => {
    const { client, seen } = scriptedClient([problem(503, 'service_unavailable'), json({})]);
    const error = await rejection(client.api.POST('/auth/code').then(unwrap));
    assert.equal(error.code, 'service_unavailable');
    assert.equal(seen.length, 1);
  });

  test('a creating POST gets a key, the same key and body on every try', async () => {
    const { client, seen } = scriptedClient([
      networkError(),
      problem(503, 'service_unavailable', {}, { 'Retry-After': '0' }),
      json(sent, 201),
    ]);
    const result = unwrap(await client.api.POST(messagePath, { params: { path }, body: message }));
    assert.equal(result.id, 'msg-1');
    assert.equal(seen.length, 3);
    const keys = seen.map((s) => s.request.headers.get('Idempotency-Key'));
    assert.match(keys[0]!, /^[A-Za-z0-9_-]{8,64}$/);
    assert.deepEqual(new Set(keys).size, 1);
    for (const s of seen) assert.deepEqual(JSON.parse(s.body), message);
  });

  test('a key given by the caller is kept across retries', async () => {
    const { client, seen } = scriptedClient([networkError(), json(sent, 201)]);
    const header = { 'Idempotency-Key': 'caller-key-0001' };
    await client.api.POST(messagePath, { params: { path, header }, body: message });
    assert.deepEqual(
      seen.map((s) => s.request.headers.get('Idempotency-Key')),
      ['caller-key-0001', 'caller-key-0001'],
    );
  });

  test('separate calls get separate keys', async () => {
    const { client, seen } = scriptedClient([json(sent, 201), json(sent, 201)]);
    await client.api.POST(messagePath, { params: { path }, body: message });
    await client.api.POST(messagePath, { params: { path }, body: message });
    const [a, b] = seen.map((s) => s.request.headers.get('Idempotency-Key'));
    assert.ok(a && b && a !== b);
  });
});

describe('aborting', () => {
  test('an abort during a try rejects at once with code aborted, without retries', async () => {
    const controller = new AbortController();
    const { client, seen } = scriptedClient([() => new Promise<Response>(() => {})]);
    const pending = client.api.GET('/session', { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await rejection(pending);
    assert.equal(error.code, 'aborted');
    assert.equal(seen.length, 1);
  });

  test('an abort while waiting to retry stops the retries', async () => {
    const controller = new AbortController();
    const { client, seen } = scriptedClient([
      problem(503, 'service_unavailable', {}, { 'Retry-After': '1' }),
      json({}),
    ]);
    const started = performance.now();
    const pending = client.api.GET('/session', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    assert.equal(error.code, 'aborted');
    assert.equal(seen.length, 1);
    assert.ok(performance.now() - started < 500);
  });

  test('a signal aborted before the call sends nothing', async () => {
    const { client, seen } = scriptedClient([json({})]);
    const error = await rejection(client.api.GET('/session', { signal: AbortSignal.abort() }));
    assert.equal(error.code, 'aborted');
    assert.equal(seen.length, 0);
  });
});

describe('request headers', () => {
  test('X-Portal-Request on POST, PUT and DELETE; credentials on every request', async () => {
    const { client, seen } = scriptedClient([
      json({}),
      json({}),
      json({}),
      new Response(null, { status: 204 }),
    ]);
    const clientId = 'cl-noah';
    await client.api.GET('/clients/{clientId}/people', { params: { path: { clientId } } });
    await client.api.POST('/auth/code');
    await client.api.PUT('/clients/{clientId}/people/{personId}/sections', {
      params: { path: { clientId, personId: 'p-1' } },
      body: { sections: ['reports'] },
    });
    await client.api.DELETE('/clients/{clientId}/people/{personId}', {
      params: { path: { clientId, personId: 'p-1' } },
    });
    assert.deepEqual(
      seen.map((s) => [s.method, s.request.headers.get('X-Portal-Request')]),
      [
        ['GET', null],
        ['POST', '1'],
        ['PUT', '1'],
        ['DELETE', '1'],
      ],
    );
    for (const s of seen) assert.equal(s.request.credentials, 'include');
  });

  test('only operations the table marks idempotent get a key', async () => {
    const { client, seen } = scriptedClient([json({}), json({})]);
    await client.api.POST('/auth/code');
    await client.api.GET('/clients/{clientId}/reports', { params: { path: { clientId: 'c' } } });
    for (const s of seen) assert.equal(s.request.headers.get('Idempotency-Key'), null);
  });
});

/** Compile-time checks only (never called): the key is optional for callers, the body is not. */
export function typeChecks(client: PortalClient): void {
  void client.api.POST(messagePath, { params: { path }, body: message });
  void client.api.POST(messagePath, {
    params: { path, header: { 'Idempotency-Key': 'my-own-key' } },
    body: message,
  });
  // @ts-expect-error the message body is required
  void client.api.POST(messagePath, { params: { path } });
  // @ts-expect-error the path parameters are required
  void client.api.GET('/clients/{clientId}/reports', {});
}
