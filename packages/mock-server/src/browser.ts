import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackendOptions } from './backend.js';

/** Options for the mock backend in a browser page. */
export interface BrowserMockOptions extends MockBackendOptions {
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  workerUrl?: string;
}

/**
 * Starts the mock backend in the page through MSW's service worker (tests and Storybook). Its
 * data lives in memory only: nothing in web storage.
 */
export async function startBrowserMock(options: BrowserMockOptions = {}) {
  const cookieJar = new Map<string, string>();
  const backend = createMockBackend({ ...options, cookieJar });
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    backend,
    worker,
    /** The stand-in for the browser's cookies (tests clear it to act as a new browser). */
    cookieJar,
  };
}
