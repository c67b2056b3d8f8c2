// The loader of every story: starts MSW (msw-storybook-addon), then prepares the mock backend.
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { Loader } from '@storybook/web-components-vite';
import type { AnyHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { backend, cookieJar, prepareBackend } from './mock-backend.js';
import type { PortalParameters } from './portal-parameters.js';
import { stateHandlers } from './state-handlers.js';

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
 * Resolves the story's MSW handlers (`parameters.msw`, with its state's: see `stateHandlers`),
 * then resets the backend and signs the story's user in (`parameters.portal`). One loader, so
 * the order is fixed.
 */
export const portalLoader: Loader = async (context) => {
  const portal = (context.parameters.portal ?? {}) as PortalParameters;
  // The story's own handlers first, then its state's (loading, error), then the backend's.
  const msw = context.parameters.msw as { handlers?: Record<string, AnyHandler | AnyHandler[]> };
  const { overrides = [], ...rest } = msw?.handlers ?? {};
  const handlers = { overrides, state: stateHandlers(portal), ...rest };
  const withState = { ...context, parameters: { ...context.parameters, msw: { handlers } } };
  await startMsw(withState);
  context.msw = withState.msw;
  countRequests(context.msw as SetupWorker);
  await prepareBackend(portal);
  return {};
};
