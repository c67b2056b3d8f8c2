import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import '../portal-sync-status/portal-sync-status.js';
import './portal-logout.js';
import type { PortalLogout } from './portal-logout.component.js';

async function signedInPage() {
  const provider = await portal(
    html`<portal-provider>
      <header><portal-logout></portal-logout></header>
      <main>
        <section><portal-sync-status></portal-sync-status></section>
      </main>
    </portal-provider>`,
  );
  await signIn(provider);
  const logout = provider.querySelector('portal-logout') as PortalLogout;
  const sync = provider.querySelector('portal-sync-status')!;
  await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'the other panel loaded');
  await waitUntil(() => logout.shadowRoot!.querySelector('button'), 'the button shows');
  return { provider, logout, sync };
}

const part = (el: PortalLogout, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!;
const dialog = (el: PortalLogout) => el.shadowRoot!.querySelector('portal-dialog')!;

/** Clicks the middle of an element with the real mouse. */
async function click(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}

/** Waits until the dialog is open and its opening animation has run (axe measures mid-fade). */
async function opened(el: PortalLogout): Promise<void> {
  await waitUntil(() => dialog(el).open, 'the dialog opens');
  const native = dialog(el).shadowRoot!.querySelector('dialog')!;
  await Promise.all(native.getAnimations({ subtree: true }).map((a) => a.finished));
}

describe('portal-logout', () => {
  beforeEach(resetMock);
  afterEach(() => resetMouse());

  it('is hidden while nobody is signed in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-logout></portal-logout></portal-provider>`,
    );
    const el = provider.querySelector('portal-logout') as PortalLogout;
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('by mouse: asks first, then ends the session on the server and clears every panel', async () => {
    const { provider, logout, sync } = await signedInPage();
    expect(part(logout, 'button').textContent!.trim()).to.equal('Uitloggen');
    await expect(logout).to.be.accessible();
    await click(part(logout, 'button'));
    await opened(logout);
    expect(dialog(logout).textContent).to.contain('Weet u zeker dat u wilt uitloggen?');
    expect(focused(), 'the safe answer has focus').to.equal('no');
    await expect(logout).to.be.accessible();
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await click(part(logout, 'yes'));
    expect((await signedOut).detail.reason).to.equal('signed-out');
    await waitUntil(() => textOf(sync) === '', 'the other panel cleared');
    expect(logout.shadowRoot!.querySelector('button')).to.equal(null);
    expect(textOf(logout)).to.equal('U bent uitgelogd.');
    expect(focused(), 'focus on the message, not lost').to.equal('done');
    await expect(logout).to.be.accessible();
    // The server ended the session too: asking it again finds nobody signed in.
    const { backend } = await mockBackend();
    await waitUntil(
      () => [...backend.db.sessions.values()].every((s) => s.ended),
      'ended on the server',
    );
    expect((await provider.client!.session.refresh()).status).to.equal('signed-out');
  });

  it('by mouse: "Nee" changes nothing and gives focus back to the button', async () => {
    const { provider, logout, sync } = await signedInPage();
    await click(part(logout, 'button'));
    await opened(logout);
    await click(part(logout, 'no'));
    await waitUntil(() => !dialog(logout).open, 'the dialog closes');
    expect(focused()).to.equal('button');
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    expect(textOf(sync)).to.contain('Laatst bijgewerkt');
  });

  it('by keyboard alone: Enter opens, Esc cancels, Tab to "Ja" and Enter signs out', async () => {
    const { provider, logout, sync } = await signedInPage();
    part(logout, 'button').focus();
    await sendKeys({ press: 'Enter' });
    await opened(logout);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(logout).open, 'Esc closes');
    expect(focused(), 'back on the button').to.equal('button');
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    await sendKeys({ press: 'Enter' });
    await opened(logout);
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()).to.equal('yes');
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await sendKeys({ press: 'Enter' });
    await signedOut;
    await waitUntil(() => textOf(sync) === '', 'the other panel cleared');
    expect(focused()).to.equal('done');
  });

  it('speaks English', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"><portal-logout></portal-logout></portal-provider>`,
    );
    await signIn(provider);
    const logout = provider.querySelector('portal-logout') as PortalLogout;
    // The English messages load on their own; the button may first show before they arrive.
    await waitUntil(() => textOf(logout).includes('Sign out'), 'the button shows in English');
    await click(part(logout, 'button'));
    await opened(logout);
    expect(dialog(logout).textContent).to.contain('Are you sure you want to sign out?');
    await click(part(logout, 'yes'));
    await waitUntil(() => textOf(logout) === 'You are signed out.', 'signed out in English');
  });
});
