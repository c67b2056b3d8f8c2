// Helpers of the <portal-measurements> browser tests: the panel in a provider, its parts.
import { html, waitUntil } from '../../../test/testing.js';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import type { PortalMeasurements } from './portal-measurements.component.js';
import './portal-measurements.js';

/** Fresh default data before each test. */
export function freshBackend(): void {
  beforeEach(async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    (await resetMock()).backend.reset({ seed: 'default' });
  });
  afterEach(async () => (await mockBackend()).backend.reset({ seed: 'default' }));
}

/** What the panel is given, and what happens after signing in before it is added. */
export interface PanelOptions {
  /** The demo account (default `e.jansen`, who has every kind); `null` for nobody. */
  user?: string | null;
  mode?: 'full' | 'recent';
  locale?: string;
  href?: string;
  before?: () => unknown;
}

/** The panel inside a provider, added once `user` is signed in. */
export async function measurementsPanel(options: PanelOptions = {}): Promise<PortalMeasurements> {
  const { user = 'e.jansen', mode = 'full', locale = 'nl', href = '' } = options;
  const provider = await portal(
    html`<portal-provider locale=${locale}><div></div></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  await options.before?.();
  const el = document.createElement('portal-measurements');
  el.mode = mode;
  if (href) el.allHref = href;
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return el;
}

/** A part of the panel's shadow root. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The shown sections of kinds, by heading. */
export function kinds(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('.kind h3')].map((h) => h.textContent!.trim());
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

/** Adds a measurement for Els, an hour ago. */
export async function measured(kind: string, value: number): Promise<void> {
  const { backend } = await mockBackend();
  backend.db.measurements.push({
    id: `ms-test-${kind}`,
    clientId: 'cl-els',
    kind: kind as never,
    value,
    measuredAt: Date.now() - 3_600_000,
  });
}
