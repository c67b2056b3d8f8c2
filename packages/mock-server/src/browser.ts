import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackendOptions } from './backend.js';
import { deserializeDb, serializeDb } from './core/persist.js';

/** Options for the mock backend in a browser page. */
export interface BrowserMockOptions extends MockBackendOptions {
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  workerUrl?: string;
  /**
   * Keep the store across page reloads (the demo does): saved in this tab's sessionStorage. The
   * data is fictional and the mock's own; the widgets themselves never use web storage.
   */
  persistKey?: string;
}

/** Starts the mock backend in the page through MSW's service worker. */
export async function startBrowserMock(options: BrowserMockOptions = {}) {
  const { persistKey } = options;
  const cookieJar = new Map<string, string>();
  const save = () => {
    if (!persistKey) return;
    globalThis.sessionStorage?.setItem(persistKey, serializeDb(backend.db));
    globalThis.sessionStorage?.setItem(`${persistKey}:cookies`, JSON.stringify([...cookieJar]));
  };
  const backend = createMockBackend({ ...options, cookieJar, onChange: save });
  const saved = persistKey ? globalThis.sessionStorage?.getItem(persistKey) : null;
  if (saved) {
    backend.replaceDb(deserializeDb(saved));
    const jar = globalThis.sessionStorage?.getItem(`${persistKey}:cookies`);
    for (const [k, v] of JSON.parse(jar ?? '[]') as [string, string][]) cookieJar.set(k, v);
  }
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
    /** Keeps the store now, after a change made outside a request (the demo's developer panel). */
    save,
    /** Forgets the persisted store and the cookies and starts with fresh data. */
    resetAll() {
      cookieJar.clear();
      backend.reset();
      save();
    },
  };
}
