// The browser tests' harness: the mock backend in the page (one per test file), a fresh store
// per test, and signing a demo user in through the provider's own SDK client.
import { fixture, waitUntil } from './testing.js';
import type { TemplateResult } from 'lit';
import type { startBrowserMock } from '@clientportal/mock-server/browser';
import { DEMO_PASSWORD, signInDemo } from '@clientportal/mock-server/demo-sign-in';
import type { PortalProvider } from '../src/components/portal-provider/portal-provider.component.js';
import '../src/components/portal-provider/portal-provider.js';

type BrowserMock = Awaited<ReturnType<typeof startBrowserMock>>;

/** The demo password of every ready account (the mock's seed). */
export { DEMO_PASSWORD };

let mock: Promise<BrowserMock> | undefined;

/** The mock backend in this page, started once (bundled for the browser by the test runner). */
export function mockBackend(): Promise<BrowserMock> {
  // Fast password hashing for tests (1,000 PBKDF2 iterations; a real server uses 600,000).
  mock ??= (
    import('/__mock__/browser.js' as string) as Promise<{
      startBrowserMock: typeof startBrowserMock;
    }>
  ).then((m) => m.startBrowserMock({ baseUrl: '*/api/v1', passwordIterations: 1_000 }));
  return mock;
}

/** Fresh data (the default seed unless told), no session cookie, no latency, failures or fault. */
export async function resetMock(
  options: { seed?: 'default' | 'empty' | 'large' | 'hostile' } = {},
): Promise<BrowserMock> {
  const m = await mockBackend();
  m.cookieJar.clear();
  m.backend.reset({ seed: options.seed ?? 'default' });
  m.backend.setScenario({ latencyMs: 0, failureRate: 0, offline: false });
  return m;
}

/**
 * Waits until the page has had no request to the mock in flight for `quietMs`: what a panel
 * does on its own after showing something (marking a conversation read, say) has finished.
 */
export async function untilQuiet(quietMs = 300, timeout = 10_000): Promise<void> {
  const { worker } = await mockBackend();
  let inFlight = 0;
  let since = Date.now();
  const start = () => void inFlight++;
  const end = () => {
    inFlight--;
    since = Date.now();
  };
  worker.events.on('request:start', start);
  worker.events.on('request:end', end);
  try {
    await waitUntil(() => inFlight <= 0 && Date.now() - since >= quietMs, 'quiet', { timeout });
  } finally {
    worker.events.removeListener('request:start', start);
    worker.events.removeListener('request:end', end);
  }
}

/** Renders `content` inside a provider pointed at the mock, and waits until it knows the session. */
export async function portal(content: TemplateResult): Promise<PortalProvider> {
  await mockBackend();
  const el = await fixture<PortalProvider>(content);
  const provider = el.localName === 'portal-provider' ? el : el.querySelector('portal-provider')!;
  await waitUntil(
    () => provider.client?.session.getState().status !== 'unknown',
    'the session is known',
    { timeout: 5000 },
  );
  return provider;
}

/** Signs a ready demo account in through the provider's SDK client (SMS code from the outbox). */
export async function signIn(
  provider: PortalProvider,
  username = 's.devries',
  password = DEMO_PASSWORD,
): Promise<void> {
  const { backend } = await mockBackend();
  const state = await signInDemo(backend, provider.client!.signIn, username, password);
  if (state.step !== 'signed-in') throw new Error(`${username} stopped at ${state.step}`);
  await waitUntil(() => provider.client!.session.getState().status === 'signed-in', 'signed in');
}

/** The text a user sees in an element's shadow root (whitespace folded). */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What has focus, looking into shadow roots, as a short name (its part, id or tag): assertions
 * on names stay readable and fast where chai would dump a whole element on failure.
 */
export function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return 'nothing';
  return active.getAttribute('part') || active.id || active.localName;
}
