// The shared suites' stage: every element on one page under one provider, brought into a state
// from outside (seed, grants, latency, faults), and what the suites look for in it.
import { isResizeObserverLoopErrorMessage } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { html } from '../testing.js';
import { setViewport } from '@web/test-runner-commands';
import type { Fault } from '../../../mock-server/src/fault-kinds.js';
import type { PortalProvider } from '../../src/components/portal-provider/portal-provider.component.js';
import { mockBackend, portal, resetMock, signIn } from '../harness.js';

/** The states the suites bring every element into. */
export const SUITE_STATES = [
  'complete',
  'signed-out',
  'loading',
  'empty',
  'error',
  'forbidden',
] as const;
/** One of `SUITE_STATES`. */
export type SuiteState = (typeof SUITE_STATES)[number];

/** An element's optional `portal-<name>.suites.json` (see test/suites/README.md). */
export interface SuiteHints {
  user?: string;
  client?: string;
  attributes?: Record<string, string>;
  section?: string;
  wayForward?: string;
  unreachable?: Partial<Record<SuiteState, string>>;
}

/** One element as `scripts/panels.mjs` finds it, with its hints. */
export interface SuiteElement {
  tag: string;
  module: string;
  hints: SuiteHints;
}

/** What an element shows, read from the data controller's parts. */
export type Shown = 'loading' | 'error' | 'forbidden' | 'empty' | 'content' | 'blank';

/** The phone width every stage is laid out at. */
export const PHONE_WIDTH = 360;

/** What the page did wrong while a stage ran: trap calls, console errors, unhandled rejections. */
export const pageLog = { trapped: [] as string[], errors: [] as string[] };

/**
 * Whether the page is dispatching the virtualizer's benign "ResizeObserver loop completed with
 * undelivered notifications" (mocha's `window.onerror` ignores it through
 * `setupIgnoreWindowResizeObserverLoopErrors`; the test page's own listener echoes it to
 * `console.error` as `null`, which this recognises).
 */
function resizeObserverNotice(): boolean {
  const current = (window as unknown as { event?: Event }).event;
  return current instanceof ErrorEvent && isResizeObserverLoopErrorMessage(String(current.message));
}

/** Installs the payloads' trap and listens for errors; call once per page. */
export function watchPage(): void {
  (window as unknown as Record<string, unknown>).__portalTrap = (id: string) =>
    pageLog.trapped.push(String(id));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (resizeObserverNotice()) return original(...args);
    pageLog.errors.push(`console.error: ${args.map(String).join(' ').slice(0, 200)}`);
    original(...args);
  };
  window.addEventListener('unhandledrejection', (e) =>
    pageLog.errors.push(`unhandled rejection: ${String(e.reason).slice(0, 200)}`),
  );
  window.addEventListener('error', (e) => {
    if (isResizeObserverLoopErrorMessage(String(e.message))) return;
    pageLog.errors.push(`uncaught: ${String(e.message).slice(0, 200)}`);
  });
}

/** Empties the page log and returns what it held. */
export function drainLog(): { trapped: string[]; errors: string[] } {
  const taken = { trapped: [...pageLog.trapped], errors: [...pageLog.errors] };
  pageLog.trapped.length = 0;
  pageLog.errors.length = 0;
  return taken;
}

/** What the element shows now. */
export function shown(el: Element): Shown {
  const root = el.shadowRoot ?? el;
  for (const part of ['loading', 'error', 'forbidden', 'empty'] as const)
    if (root.querySelector(`[part~="${part}"]`)) return part;
  // A host without a box of its own (`display: contents`) shows what it holds.
  if (getComputedStyle(el).display === 'contents') return el.children.length ? 'content' : 'blank';
  const box = el.getBoundingClientRect();
  const text = (root.textContent ?? '').trim();
  return text || (box.width > 0 && box.height > 0) ? 'content' : 'blank';
}

/** Where the suite stands between states: the provider and the elements on it. */
export interface Stage {
  provider: PortalProvider;
  placed: Map<string, HTMLElement>;
}

/** How a stage is set up. */
export interface StageOptions {
  seed: 'default' | 'empty' | 'hostile';
  /** Sign in as this demo user (none: signed out). */
  user?: string;
  client?: string;
  /** Sections to take out of the user's grants before signing in. */
  withoutSections?: string[];
  /** After signing in, before the elements are placed. */
  latencyMs?: number;
  fault?: Fault;
}

async function takeAwaySections(username: string, sections: string[]) {
  const { backend } = await mockBackend();
  const user = [...backend.db.users.values()].find((u) => u.username === username);
  for (const grant of backend.db.grants.filter((g) => g.userId === user?.id))
    grant.sections = grant.sections.filter((s) => !sections.includes(s));
}

/** A fresh backend and a provider, signed in (or not) and with the scenario set; no elements yet. */
export async function openStage(options: StageOptions): Promise<Stage> {
  await setViewport({ width: PHONE_WIDTH, height: 800 });
  const { backend } = await resetMock({ seed: options.seed });
  if (options.user && options.withoutSections)
    await takeAwaySections(options.user, options.withoutSections);
  const provider = await portal(html`<portal-provider locale="nl"></portal-provider>`);
  if (options.user) await signIn(provider, options.user);
  if (options.client) provider.select(options.client);
  if (options.latencyMs) backend.setScenario({ latencyMs: options.latencyMs });
  if (options.fault) backend.setFault(options.fault);
  return { provider, placed: new Map() };
}

/** Places one element (with its hint attributes) at the end of the stage. */
export function place(stage: Stage, element: SuiteElement): HTMLElement {
  const el = document.createElement(element.tag);
  for (const [name, value] of Object.entries(element.hints.attributes ?? {}))
    el.setAttribute(name, value);
  if (element.tag === 'portal-provider') {
    stage.placed.set(element.tag, stage.provider);
    return stage.provider;
  }
  stage.provider.append(el);
  stage.placed.set(element.tag, el);
  return el;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the elements have rendered and none shows a progress indicator twice in a row
 * (or the time is up); returns the ones still busy.
 */
export async function settle(elements: Element[], timeout = 10_000): Promise<Element[]> {
  await Promise.all(
    elements.map((el) => (el as Partial<{ updateComplete: unknown }>).updateComplete),
  );
  const busy = () => elements.filter((el) => shown(el) === 'loading');
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    await sleep(50);
    if (busy().length > 0) continue;
    await sleep(50);
    if (busy().length === 0) break;
  }
  return busy();
}

/** Takes the stage down and ends any fault or latency. */
export async function closeStage(stage: Stage): Promise<void> {
  const { backend } = await mockBackend();
  backend.setFault(undefined);
  backend.setScenario({ latencyMs: 0, failureRate: 0, offline: false });
  stage.provider.remove();
}
