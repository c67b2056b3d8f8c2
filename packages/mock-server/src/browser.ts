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
  const save = () => {
    if (persistKey) globalThis.sessionStorage?.setItem(persistKey, serializeDb(backend.db));
  };
  const backend = createMockBackend({ ...options, onChange: save });
  const saved = persistKey ? globalThis.sessionStorage?.getItem(persistKey) : null;
  if (saved) backend.replaceDb(deserializeDb(saved));
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    backend,
    worker,
    /** Forgets the persisted store and starts with fresh data. */
    resetAll() {
      if (persistKey) globalThis.sessionStorage?.removeItem(persistKey);
      backend.reset();
      save();
    },
  };
}
