import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
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

const button = (el: PortalLogout) =>
  el.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement;
const dialog = (el: PortalLogout) => el.shadowRoot!.querySelector('portal-dialog')!;

describe('portal-logout', () => {
  beforeEach(resetMock);

  it('is hidden while nobody is signed in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-logout></portal-logout></portal-provider>`,
    );
    const el = provider.querySelector('portal-logout') as PortalLogout;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for confirmation, then ends the session on the server and clears every panel', async () => {
    const { provider, logout, sync } = await signedInPage();
    await expect(logout).to.be.accessible();
    button(logout).click();
    await waitUntil(() => dialog(logout).open, 'the dialog opens');
    expect(textOf(dialog(logout)) + dialog(logout).textContent).to.contain(
      'Weet u zeker dat u wilt uitloggen?',
    );
    await expect(logout).to.be.accessible();
    const signedOut = oneEvent(provider, 'portal-signed-out');
    (logout.shadowRoot!.querySelector('[part=yes]') as HTMLButtonElement).click();
    expect((await signedOut).detail.reason).to.equal('signed-out');
    await waitUntil(() => textOf(sync) === '', 'the other panel cleared');
    expect(logout.shadowRoot!.querySelector('button')).to.equal(null);
    // The server ended the session too: asking it again finds nobody signed in.
    const { backend } = await mockBackend();
    await waitUntil(
      () => [...backend.db.sessions.values()].every((s) => s.ended),
      'ended on the server',
    );
    expect((await provider.client!.session.refresh()).status).to.equal('signed-out');
  });

  it('keeps the session on "Nee" and gives focus back to the button', async () => {
    const { logout, sync } = await signedInPage();
    button(logout).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(logout).open, 'the dialog opens');
    (logout.shadowRoot!.querySelector('[part=no]') as HTMLButtonElement).click();
    await waitUntil(() => !dialog(logout).open, 'the dialog closes');
    expect(logout.shadowRoot!.activeElement).to.equal(button(logout));
    expect(textOf(sync)).to.contain('Laatst bijgewerkt');
  });

  it('works by keyboard alone: Enter opens, Esc cancels, Enter on Ja signs out', async () => {
    const { provider, logout } = await signedInPage();
    button(logout).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(logout).open, 'the dialog opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(logout).open, 'Esc closes');
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(logout).open, 'opens again');
    (logout.shadowRoot!.querySelector('[part=yes]') as HTMLButtonElement).focus();
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await sendKeys({ press: 'Enter' });
    await signedOut;
  });
});
