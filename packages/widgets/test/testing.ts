// @open-wc/testing as the browser tests use it: the same, except that `waitUntil` waits up to
// 10 s unless a test says otherwise (the library's 1 s is shorter than a busy CI machine takes to
// load a panel's data or its English messages). A test that must be quick passes its own timeout.
// A test that passed only on its second try (the runner tries a failed test once more) says so
// in the log, and the run's end lists it: such a test is a race to fix, not a pass to forget.
import { waitUntil as waitUntilOnce } from '@open-wc/testing';

export * from '@open-wc/testing';

/** How long `waitUntil` waits by default, in ms. */
export const DEFAULT_WAIT_MS = 10_000;

/** Waits until `predicate` holds (polling every 50 ms), up to 10 s unless `options` say otherwise. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}

/** The mark of a test that passed only on its second try; the run's reporter looks for it. */
export const RETRIED_MARK = 'passed only on its second try:';

/** What the hook reads of mocha's current test. */
interface CurrentTest {
  currentTest?: { state?: string; currentRetry(): number; fullTitle(): string };
}

afterEach(function reportRetried(this: CurrentTest) {
  const test = this.currentTest;
  if (test && test.state === 'passed' && test.currentRetry() > 0) {
    console.warn(`${RETRIED_MARK} ${test.fullTitle()}`);
  }
});
