// Helpers of the <portal-reports> browser tests: the panel in a provider, its rows, its parts.
import { html, waitUntil } from '../../../test/testing.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import type { PortalReports } from './portal-reports.component.js';
import './portal-reports.js';

/** Fresh default data before each test, and the virtualizer's benign resize notice ignored. */
export function freshBackend(): void {
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  // The first start bundles the mock backend: on a busy machine that takes longer than a test.
  beforeEach(async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    (await resetMock()).backend.reset({ seed: 'default' });
  });
  afterEach(async () => (await mockBackend()).backend.reset({ seed: 'default' }));
}

/** What the panel is given, and what happens after signing in before it is added. */
export interface PanelOptions {
  /** The demo account (default `e.jansen`); `null` for nobody. */
  user?: string | null;
  mode?: 'full' | 'recent';
  locale?: string;
  href?: string;
  /** Runs once signed in, before the panel is on the page (set latency, go offline). */
  before?: () => unknown;
}

/** The panel inside a provider, added once `user` is signed in. */
export async function reportsPanel(
  options: PanelOptions = {},
): Promise<{ el: PortalReports; provider: PortalProvider }> {
  const { user = 'e.jansen', mode = 'full', locale = 'nl', href = '' } = options;
  const provider = await portal(
    html`<portal-provider locale=${locale}><div></div></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  await options.before?.();
  const el = document.createElement('portal-reports');
  el.mode = mode;
  if (href) el.allHref = href;
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return { el, provider };
}

/** A part of the panel's shadow root. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The full list's virtual list element. */
export function list(el: PortalReports): HTMLElement & { shadowRoot: ShadowRoot } {
  return part(el, 'list') as HTMLElement & { shadowRoot: ShadowRoot };
}

/** The rows the list has rendered (role listitem). */
export function rows(el: PortalReports): HTMLElement[] {
  const root = list(el)?.shadowRoot;
  return root ? [...root.querySelectorAll<HTMLElement>('[role="listitem"]')] : [];
}

/** The titles of the rendered rows, in order. */
export function titles(el: PortalReports): string[] {
  return rows(el).map((r) => r.querySelector('h3')!.textContent!.trim());
}

/** Waits until the full list shows rows. */
export async function untilRows(el: PortalReports): Promise<void> {
  await waitUntil(() => rows(el).length > 0, 'rows shown', { timeout: 10_000 });
}

/** Waits until the panel's text contains `text`. */
export async function untilText(el: Element, text: string): Promise<void> {
  await waitUntil(() => textOf(el).includes(text), `"${text}" shown`, { timeout: 10_000 });
}

/** Takes a section out of the user's grants before they sign in. */
export async function withoutSection(username: string, section: string): Promise<void> {
  const { backend } = await mockBackend();
  const user = [...backend.db.users.values()].find((u) => u.username === username)!;
  for (const grant of backend.db.grants.filter((g) => g.userId === user.id)) {
    grant.sections = grant.sections.filter((s) => s !== section);
  }
}
