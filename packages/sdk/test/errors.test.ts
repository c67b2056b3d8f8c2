import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, unwrap } from '../src/index.js';
import { parseRetryAfter } from '../src/errors.js';
import { json, problem, scriptedClient } from './helpers.js';

const noRetry = { retry: { retries: 0 } };

/** Runs `fn` and returns the ApiError it throws. */
async function apiError(fn: () => Promise<unknown>): Promise<ApiError> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an ApiError');
}

describe('unwrap', () => {
  test('returns the data of a successful call', async () => {
    const { client } = scriptedClient([json({ step: 'code', codePolicy: 'every-sign-in' })]);
    const state = unwrap(await client.api.GET('/auth/state'));
    assert.equal(state.step, 'code');
  });

  test('maps a problem to its code, title and detail', async () => {
    const { client } = scriptedClient(
      [problem(401, 'invalid_credentials', { title: 'Wrong', detail: 'No such user' })],
      noRetry,
    );
    const error = await apiError(async () =>
      unwrap(await client.api.POST('/auth/sign-in', { body: { username: 'a', password: 'b' } })),
    );
    assert.equal(error.status, 401);
    assert.equal(error.code, 'invalid_credentials');
    assert.equal(error.title, 'Wrong');
    assert.equal(error.detail, 'No such user');
    assert.deepEqual(error.fieldErrors, []);
  });

  test('carries the field errors of validation_failed', async () => {
    const errors = [{ field: 'body.code', code: 'pattern', message: 'must match' }];
    const { client } = scriptedClient([problem(400, 'validation_failed', { errors })]);
    const error = await apiError(async () =>
      unwrap(await client.api.POST('/auth/code/verify', { body: { challengeId: 'c', code: 'x' } })),
    );
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.fieldErrors, errors);
  });

  test('carries the tries left of code_invalid', async () => {
    const { client } = scriptedClient([problem(422, 'code_invalid', { attemptsLeft: 3 })]);
    const error = await apiError(async () =>
      unwrap(
        await client.api.POST('/auth/code/verify', {
          body: { challengeId: 'ch-1', code: '123456' },
        }),
      ),
    );
    assert.equal(error.code, 'code_invalid');
    assert.equal(error.attemptsLeft, 3);
  });

  test('takes retryAfter from the problem, else from the Retry-After header', async () => {
    const { client } = scriptedClient([
      problem(429, 'too_many_attempts', { retryAfter: 900 }, { 'Retry-After': '900' }),
      problem(429, 'too_many_requests', {}, { 'Retry-After': '45' }),
    ]);
    const body = { username: 'a', password: 'b' };
    const first = await apiError(async () =>
      unwrap(await client.api.POST('/auth/sign-in', { body })),
    );
    assert.equal(first.code, 'too_many_attempts');
    assert.equal(first.retryAfter, 900);
    const second = await apiError(async () => unwrap(await client.api.POST('/auth/code')));
    assert.equal(second.retryAfter, 45);
  });

  test('gives an answer without a problem body a code from its status', async () => {
    const html = new Response('<h1>Bad gateway</h1>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    });
    const { client } = scriptedClient([html], noRetry);
    const error = await apiError(async () => unwrap(await client.api.GET('/session')));
    assert.equal(error.status, 502);
    assert.equal(error.code, 'internal_error');
    assert.equal(error.title, 'Bad Gateway');
  });

  test('is an Error with the detail as its message', () => {
    const error = new ApiError({ status: 404, code: 'not_found', title: 'Not found', detail: 'x' });
    assert.ok(error instanceof Error);
    assert.equal(error.message, 'x');
    assert.equal(error.name, 'ApiError');
  });
});

describe('parseRetryAfter', () => {
  test('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30);
    assert.equal(parseRetryAfter('Fri, 20 Nov 2026 10:01:00 GMT', now), 60);
    assert.equal(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});
