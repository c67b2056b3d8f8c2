import assert from 'node:assert/strict';
import { createClock } from '../src/core/clock.js';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../src/backend.js';
import { createBrowserLikeFetch, type BrowserLikeFetch } from '../src/testing.js';
import { DEMO_PASSWORD, signInDemo, smsDigits, type SignInSteps } from '../src/demo-sign-in.js';
import { TEST_PASSWORD_ITERATIONS } from '../src/store/seed-passwords.js';

/** Where tests send requests (the mock matches any origin). */
export const API = 'https://portal.test/api/v1';
/** The fixed moment tests start at. */
export const T0 = Date.parse('2026-11-20T10:00:00Z');

/** An answer, parsed. */
// Tests read answers loosely, as a client reading JSON would; the conformance test checks shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A fresh backend on a fixed clock, and a first "browser". */
export function setup(options: MockBackendOptions = {}) {
  const backend = createMockBackend({
    clock: createClock(T0),
    passwordIterations: TEST_PASSWORD_ITERATIONS,
    ...options,
  });
  return { backend, browser: createBrowserLikeFetch(backend.handlers) };
}

/** Another independent "browser" (its own cookies) on the same backend. */
export function newBrowser(backend: MockBackend): BrowserLikeFetch {
  return createBrowserLikeFetch(backend.handlers);
}

/**
 * Calls the API like the SDK does: JSON body, `X-Portal-Request: 1` on state-changing calls
 * (unless `headers` overrides it), and parses the answer. `raw` is sent as the body as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  browser: BrowserLikeFetch,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  raw?: string,
): Promise<Answer<T>> {
  const h = new Headers(headers);
  if (method !== 'GET' && !('X-Portal-Request' in headers)) h.set('X-Portal-Request', '1');
  if (body !== undefined) h.set('Content-Type', 'application/json');
  const text = raw ?? (body !== undefined ? JSON.stringify(body) : undefined);
  const response = await browser(`${API}${path}`, {
    method,
    headers: h,
    ...(text !== undefined ? { body: text } : {}),
  });
  const type = response.headers.get('content-type') ?? '';
  const parsed = type.includes('json')
    ? await response.json()
    : type
      ? new Uint8Array(await response.arrayBuffer())
      : undefined;
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** The 6 digits of the last SMS code sent to a user (the shared demo sign-in's). */
export const lastDigits = smsDigits;

/** The sign-in steps as plain calls from one "browser"; each answer must be a 200. */
export function callSteps(browser: BrowserLikeFetch): SignInSteps {
  let challengeId: string | undefined;
  const step = async (path: string, body?: unknown) => {
    const answer = await call(browser, 'POST', path, body);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    challengeId = answer.body.challenge?.id ?? challengeId;
    return answer.body;
  };
  return {
    start: (username, password) => step('/auth/sign-in', { username, password }),
    requestCode: () => step('/auth/code'),
    verifyCode: (code) => step('/auth/code/verify', { challengeId, code }),
  };
}

/**
 * Signs a ready demo account in all the way (password, then the SMS code when the policy asks
 * for one) and returns the final sign-in state.
 */
export async function signIn(
  backend: MockBackend,
  browser: BrowserLikeFetch,
  username: string,
  password = DEMO_PASSWORD,
) {
  const state = await signInDemo(backend, callSteps(browser), username, password);
  assert.equal(state.step, 'signed-in', `expected signed-in, got ${state.step}`);
  return state;
}
