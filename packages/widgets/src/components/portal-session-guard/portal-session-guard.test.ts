import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { ContextConsumer } from '@lit/context';
import { LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import { portalContext } from '../../internal/context.js';
import { applyLocale } from '../../i18n/localization.js';
import { deepActiveElement } from '../../ui/focus.js';
import { LIVE_REGION_ATTRIBUTE } from '../../ui/live-region.js';
import type { PortalDialog } from '../../ui/dialog/portal-dialog.component.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import '../portal-account/portal-account.js';
import '../portal-client-switcher/portal-client-switcher.js';
import '../portal-sync-status/portal-sync-status.js';
import './portal-session-guard.js';
import type { PortalSessionGuard } from './portal-session-guard.component.js';
import { duration, spokenStep } from './session-texts.js';

/**
 * A panel with a form, as a message composer would be: it saves what is typed in the provider's
 * drafts (per client) and takes it back when it shows the form again.
 */
class TestDraftNote extends LitElement {
  private readonly portal = new ContextConsumer(this, { context: portalContext, subscribe: true });
  @state() private text = '';
  private key: string | undefined;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const p = this.portal.value;
    const key = p?.state.status === 'signed-in' ? `note:${p.clientId}` : undefined;
    if (key === this.key) return;
    this.key = key;
    this.text = (key && p?.drafts.take<string>(key)) || '';
  }

  protected override render() {
    if (!this.key) return nothing;
    const typed = (e: Event) => {
      this.text = (e.target as HTMLTextAreaElement).value;
      this.portal.value?.drafts.save(this.key!, this.text);
    };
    return html`<label for="note">Bericht</label>
      <textarea id="note" .value=${this.text} @input=${typed}></textarea>`;
  }
}
customElements.define('test-draft-note', TestDraftNote);

const SIXTEEN_MINUTES = 16 * 60_000;

interface Page {
  provider: PortalProvider;
  guard: PortalSessionGuard;
  panels: Element[];
  note: TestDraftNote;
}

/** A page of panels with a guard, signed in; `warning` is the warning's lead in seconds. */
async function page(options: { user?: string; warning?: number } = {}): Promise<Page> {
  const provider = await portal(
    html`<portal-provider idle-warning-seconds=${options.warning ?? 120}>
      <header>
        <portal-session-guard></portal-session-guard>
        <portal-client-switcher></portal-client-switcher>
      </header>
      <main>
        <portal-sync-status></portal-sync-status>
        <portal-account></portal-account>
        <test-draft-note></test-draft-note>
      </main>
    </portal-provider>`,
  );
  await signIn(provider, options.user ?? 's.devries');
  const guard = provider.querySelector('portal-session-guard') as PortalSessionGuard;
  const panels = ['portal-client-switcher', 'portal-sync-status', 'portal-account'].map((tag) =>
    provider.querySelector(tag)!,
  );
  const note = provider.querySelector('test-draft-note') as TestDraftNote;
  return { provider, guard, panels, note };
}

/**
 * Makes the server's idle timeout `seconds` from now on, and lets the store hear of it (as any
 * call does), so the warning and the sign-out come within moments instead of minutes.
 */
async function idleAfter(provider: PortalProvider, seconds: number): Promise<void> {
  (await mockBackend()).backend.db.settings.idleTimeoutSeconds = seconds;
  await provider.client!.session.keepAlive();
}

const dialogOf = (guard: PortalSessionGuard) =>
  guard.shadowRoot!.querySelector('portal-dialog') as PortalDialog;
const part = (guard: PortalSessionGuard, name: string) =>
  guard.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textarea = (note: TestDraftNote) => note.shadowRoot!.querySelector('textarea');

/** Waits until the dialog is open and its opening animation has run (axe measures mid-fade). */
async function opened(guard: PortalSessionGuard): Promise<void> {
  await waitUntil(() => dialogOf(guard).open, 'the dialog opens', { timeout: 8000 });
  const native = dialogOf(guard).shadowRoot!.querySelector('dialog')!;
  await Promise.all(native.getAnimations({ subtree: true }).map((a) => a.finished));
}

/** Every text the guard's polite live region was given. */
function spoken(guard: PortalSessionGuard): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const region = guard.shadowRoot!.querySelector(`[${LIVE_REGION_ATTRIBUTE}="polite"]`)!;
  const observer = new MutationObserver(() => {
    if (region.textContent) texts.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

async function typeNote(note: TestDraftNote, text: string): Promise<void> {
  await waitUntil(() => textarea(note), 'the note shows');
  textarea(note)!.focus();
  await sendKeys({ type: text });
}

describe('portal-session-guard', () => {
  let moved = 0;
  beforeEach(resetMock);
  afterEach(async () => {
    (await mockBackend()).backend.clock.advance(-moved);
    moved = 0;
  });

  it('shows nothing while the session runs, nor before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-session-guard></portal-session-guard></portal-provider>`,
    );
    const guard = provider.querySelector('portal-session-guard')!;
    await guard.updateComplete;
    // The dialog's code comes when it may soon be needed: nothing is open before, nor after.
    expect(dialogOf(guard).hasAttribute('open')).to.equal(false);
    expect(part(guard, 'notice')).to.equal(null);
    await expect(guard).to.be.accessible();
    await signIn(provider);
    await guard.updateComplete;
    expect(dialogOf(guard).hasAttribute('open')).to.equal(false);
    expect(part(guard, 'notice')).to.equal(null);
    await expect(guard).to.be.accessible();
  });

  it('warns before the idle timeout with a countdown, spoken politely and not every second', async () => {
    const { provider, guard } = await page({ warning: 7.7 });
    const warned = oneEvent(provider, 'portal-idle-warning');
    const voice = spoken(guard);
    await idleAfter(provider, 8);
    await opened(guard);
    expect((await warned).detail.secondsLeft).to.be.within(1, 8);
    expect(dialogOf(guard).heading).to.equal('U wordt bijna uitgelogd');
    expect(textOf(part(guard, 'countdown')!)).to.match(
      /^U wordt over [1-8] seconden? automatisch uitgelogd\.$/,
    );
    expect(deepActiveElement()).to.equal(part(guard, 'stay'));
    expect(textOf(part(guard, 'sign-out')!)).to.equal('Nu uitloggen');
    await expect(guard).to.be.accessible();
    const first = textOf(part(guard, 'countdown')!);
    await waitUntil(() => textOf(part(guard, 'countdown')!) !== first, 'the countdown runs', {
      timeout: 3000,
    });
    await waitUntil(() => voice.texts.length > 0, 'spoken');
    voice.stop();
    expect(voice.texts).to.have.length(1, 'spoken once in the last ten seconds');
    expect(voice.texts[0]).to.match(/automatisch uitgelogd/);
    // Keeping the session: the server's next warning is far away again.
    const { backend } = await mockBackend();
    backend.db.settings.idleTimeoutSeconds = 900;
    part(guard, 'stay')!.click();
    await waitUntil(() => !dialogOf(guard).open, 'the warning closes');
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    await waitUntil(
      () => provider.client!.session.idleExpiresAt! - Date.now() > 60_000,
      'the server keeps the session: its idle end is far away again',
    );
    await expect(guard).to.be.accessible();
  });

  it('closes the warning by itself when the person is active elsewhere', async () => {
    const { provider, guard } = await page({ warning: 7.7 });
    await idleAfter(provider, 8);
    await opened(guard);
    const { backend } = await mockBackend();
    backend.db.settings.idleTimeoutSeconds = 900;
    // Another tab of the same portal keeps the session alive: the store hears of it.
    await provider.client!.session.keepAlive();
    await waitUntil(() => !dialogOf(guard).open, 'the warning closed itself');
    expect(provider.client!.session.getState().status).to.equal('signed-in');
  });

  it('keeps the session when the warning is closed with Esc', async () => {
    const { provider, guard } = await page({ warning: 7.7 });
    await idleAfter(provider, 8);
    await opened(guard);
    const { backend } = await mockBackend();
    backend.db.settings.idleTimeoutSeconds = 900;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(guard).open, 'closed');
    await waitUntil(
      () => provider.client!.session.idleExpiresAt! - Date.now() > 60_000,
      'the session was kept',
    );
  });

  it('signs out at once with "Nu uitloggen", clears every panel and drops the drafts', async () => {
    const { provider, guard, panels, note } = await page({ warning: 7.7 });
    await typeNote(note, 'Kan de zuster morgen later komen?');
    await idleAfter(provider, 8);
    await opened(guard);
    const signedOut = oneEvent(provider, 'portal-signed-out');
    part(guard, 'sign-out')!.click();
    expect((await signedOut).detail.reason).to.equal('signed-out');
    await waitUntil(() => !dialogOf(guard).open, 'the dialog closes');
    for (const panel of panels) await waitUntil(() => textOf(panel) === '', `${panel.localName}`);
    const notice = part(guard, 'notice')!;
    expect(textOf(notice)).to.equal('U bent uitgelogd.', 'no reason needed: the person chose it');
    await waitUntil(() => deepActiveElement() === notice, 'the notice has focus');
    await expect(guard).to.be.accessible();
    await signIn(provider);
    await waitUntil(() => textarea(note), 'the note again');
    expect(textarea(note)!.value).to.equal('');
  });

  it('signs out automatically after the warning and says why, keeping what was typed', async () => {
    const { provider, guard, panels, note } = await page({ warning: 1.7 });
    await typeNote(note, 'Graag morgen om 10 uur');
    await idleAfter(provider, 2);
    await waitUntil(() => dialogOf(guard).heading === 'U bent uitgelogd', 'signed out', {
      timeout: 8000,
    });
    expect(provider.client!.session.getState()).to.include({
      status: 'signed-out',
      reason: 'idle',
    });
    const message = part(guard, 'message')!;
    expect(textOf(message)).to.contain('U bent uitgelogd omdat u een tijd niets heeft gedaan.');
    expect(textOf(message)).to.contain('Wat u aan het typen was, is bewaard.');
    await waitUntil(() => deepActiveElement() === message, 'the message has focus');
    for (const panel of panels) await waitUntil(() => textOf(panel) === '', `${panel.localName}`);
    expect(textarea(note)).to.equal(null);
    await opened(guard);
    await expect(guard).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(guard).open, 'closed');
    const notice = part(guard, 'notice')!;
    expect(textOf(notice)).to.contain('U bent uitgelogd omdat u een tijd niets heeft gedaan.');
    await waitUntil(() => deepActiveElement() === notice, 'the notice has focus');
    await expect(guard).to.be.accessible();
    // The same person signs in again: the words are back, the notice is gone.
    (await mockBackend()).backend.db.settings.idleTimeoutSeconds = 900;
    await signIn(provider);
    await waitUntil(() => textarea(note)?.value === 'Graag morgen om 10 uur', 'the draft is back');
    await waitUntil(() => part(guard, 'notice') === null, 'the notice is gone');
  });

  it('brings every panel back to signed out with a message when the server ended the session', async () => {
    const { provider, guard, panels, note } = await page();
    await waitUntil(() => textOf(panels[1]!).includes('Laatst bijgewerkt'), 'loaded');
    await typeNote(note, 'Noah heeft koorts');
    const { backend } = await mockBackend();
    backend.clock.advance(SIXTEEN_MINUTES);
    moved += SIXTEEN_MINUTES;
    // The next call of any panel: the switcher makes every panel load Lotte's data.
    const switcher = panels[0]!;
    const select = switcher.shadowRoot!.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await sendKeys({ press: 'Enter' });
    expect((await signedOut).detail.reason).to.equal('expired');
    await opened(guard);
    expect(dialogOf(guard).heading).to.equal('U bent uitgelogd');
    expect(textOf(part(guard, 'message')!)).to.contain(
      'U bent automatisch uitgelogd om uw gegevens te beschermen.',
    );
    expect(textOf(part(guard, 'message')!)).to.contain('Wat u aan het typen was, is bewaard.');
    for (const panel of panels) await waitUntil(() => textOf(panel) === '', `${panel.localName}`);
    expect(textarea(note)).to.equal(null);
    await expect(guard).to.be.accessible();
    dialogOf(guard).shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await waitUntil(() => !dialogOf(guard).open, 'closed');
    expect(textOf(part(guard, 'notice')!)).to.contain('U bent automatisch uitgelogd');
    await signIn(provider);
    await waitUntil(() => textarea(note)?.value === 'Noah heeft koorts', 'Noah’s draft is back');
  });

  it('keeps no drafts for someone else who signs in after an expired session', async () => {
    const { provider, guard, note } = await page();
    await typeNote(note, 'Van Sanne');
    (await mockBackend()).backend.clock.advance(SIXTEEN_MINUTES);
    moved += SIXTEEN_MINUTES;
    await provider.client!.session.keepAlive().catch(() => undefined);
    await opened(guard);
    expect(textOf(part(guard, 'message')!)).to.contain('Wat u aan het typen was, is bewaard.');
    await signIn(provider, 'm.devries');
    await waitUntil(() => textarea(note), 'the note for Mark');
    expect(textarea(note)!.value).to.equal('');
    await waitUntil(() => !dialogOf(guard).open, 'the dialog closed on signing in');
  });

  it('speaks English when the provider does', async () => {
    const provider = await portal(
      html`<portal-provider locale="en" idle-warning-seconds="7.7"
        ><portal-session-guard></portal-session-guard
      ></portal-provider>`,
    );
    await signIn(provider);
    await idleAfter(provider, 8);
    const guard = provider.querySelector('portal-session-guard')!;
    await opened(guard);
    expect(dialogOf(guard).heading).to.equal('You will be signed out soon');
    expect(textOf(part(guard, 'countdown')!)).to.match(/^You will be signed out automatically in/);
    expect(textOf(part(guard, 'stay')!)).to.equal('Stay signed in');
    await expect(guard).to.be.accessible();
    (await mockBackend()).backend.db.settings.idleTimeoutSeconds = 900;
    part(guard, 'stay')!.click();
    await waitUntil(() => !dialogOf(guard).open, 'closed');
  });

  it('words the time left and speaks it at the start, each minute, 30 and 10 seconds', async () => {
    await applyLocale('nl');
    expect(duration(120)).to.equal('2 minuten');
    expect(duration(61)).to.equal('1 minuut en 1 seconde');
    expect(duration(105)).to.equal('1 minuut en 45 seconden');
    expect(duration(45)).to.equal('45 seconden');
    const steps = new Set<string>();
    const moments: number[] = [];
    for (let s = 120; s >= 1; s--) {
      const step = spokenStep(s);
      if (!steps.has(step)) moments.push(s);
      steps.add(step);
    }
    expect(moments).to.deep.equal([120, 60, 30, 10]);
  });
});
