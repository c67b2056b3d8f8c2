import assert from 'node:assert/strict';
import {
  createBrowserLikeFetch,
  createClock,
  createMockBackend,
  signInDemo,
  smsDigits,
  type BrowserLikeFetch,
  type MockBackend,
} from '@clientportal/mock-server';
import { createPortalClient, type PortalClient } from '../src/index.js';

/** The API root the mock-backed tests use (the mock matches any origin). */
export const API = 'https://portal.test/api/v1';
/** The fixed moment the mock's clock starts at. */
export const T0 = Date.parse('2026-11-20T10:00:00Z');

/** A fresh mock backend on a fixed clock. */
export function mockBackend(codePolicy: 'every-sign-in' | 'new-device' = 'every-sign-in') {
  return createMockBackend({ clock: createClock(T0), codePolicy });
}

/** A portal client in a "browser" of its own (or the given one), on the backend's clock. */
export function browserClient(
  backend: MockBackend,
  browser: BrowserLikeFetch = createBrowserLikeFetch(backend.handlers),
): { client: PortalClient; browser: BrowserLikeFetch } {
  const client = createPortalClient({
    baseUrl: API,
    fetch: browser,
    now: () => backend.clock.now(),
    retry: { baseDelayMs: 1, maxDelayMs: 50 },
  });
  return { client, browser };
}

/** The 6 digits of the last SMS code the mock sent to a user (the shared demo sign-in's). */
export const lastDigits = smsDigits;

/** Signs a ready demo account in through the SDK's flow, whatever the code policy. */
export async function signInThroughFlow(
  backend: MockBackend,
  client: PortalClient,
  username: string,
  password: string,
): Promise<void> {
  const state = await signInDemo(backend, client.signIn, username, password);
  assert.equal(state.step, 'signed-in');
}
