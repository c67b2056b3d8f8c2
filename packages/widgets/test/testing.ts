// @open-wc/testing as the browser tests use it: the same, except that `waitUntil` waits up to
// 5 s unless a test says otherwise (the library's 1 s is shorter than a busy CI machine takes to
// load a panel's data or its English messages). A test that must be quick passes its own timeout.
import { waitUntil as waitUntilOnce } from '@open-wc/testing';

export * from '@open-wc/testing';

/** How long `waitUntil` waits by default, in ms. */
export const DEFAULT_WAIT_MS = 5000;

/** Waits until `predicate` holds (polling every 50 ms), up to 5 s unless `options` say otherwise. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}
