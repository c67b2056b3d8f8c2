// The loader of every story: starts MSW (msw-storybook-addon), then prepares the mock backend.
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { Loader } from '@storybook/web-components-vite';
import type { SetupWorker } from 'msw/browser';
import { backend, cookieJar, prepareBackend } from './mock-backend.js';
import type { PortalParameters } from './portal-parameters.js';

const startMsw = mswLoader();
let inFlight = 0;
let counting = false;

/** What the page offers to DevTools and to `npm run test:storybook` (which waits for quiet). */
export interface PortalMockGlobal {
  /** The story's mock backend (outbox, scenario, store). */
  backend: typeof backend;
  /** The session cookie's stand-in. */
  cookieJar: typeof cookieJar;
  /** Requests the worker has seen and not yet answered. */
  inFlight(): number;
}

declare global {
  /** Set by the story loader; see `PortalMockGlobal`. */
  var portalMock: PortalMockGlobal | undefined;
}

function countRequests(worker: SetupWorker) {
  if (counting) return;
  counting = true;
  worker.events.on('request:start', () => void inFlight++);
  worker.events.on('request:end', () => void inFlight--);
  globalThis.portalMock = { backend, cookieJar, inFlight: () => inFlight };
}

/**
 * Resolves the story's MSW handlers (`parameters.msw`), then resets the backend, signs the
 * story's user in and sets its state (`parameters.portal`). One loader, so the order is fixed.
 */
export const portalLoader: Loader = async (context) => {
  await startMsw(context);
  const worker = context.msw as SetupWorker;
  countRequests(worker);
  await prepareBackend((context.parameters.portal ?? {}) as PortalParameters, worker);
  return {};
};
