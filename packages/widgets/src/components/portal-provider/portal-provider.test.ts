import { expect, fixture, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import { PortalProvider } from './portal-provider.component.js';
import '../portal-sync-status/portal-sync-status.js';

describe('portal-provider', () => {
  beforeEach(resetMock);

  it('renders its light DOM as it is and knows nobody is signed in', async () => {
    const provider = await portal(
      html`<portal-provider><p>Welkom bij de zorg</p></portal-provider>`,
    );
    expect(provider.textContent).to.contain('Welkom bij de zorg');
    expect(provider.client!.session.getState().status).to.equal('signed-out');
    await expect(provider).to.be.accessible();
  });

  it('reaches panels far apart in the host page, and fires portal-signed-in', async () => {
    const provider = await portal(
      html`<portal-provider>
        <header>
          <nav><portal-sync-status id="a"></portal-sync-status></nav>
        </header>
        <main>
          <article>
            <div>
              <div><portal-sync-status id="b"></portal-sync-status></div>
            </div>
          </article>
        </main>
      </portal-provider>`,
    );
    const signedIn = oneEvent(provider, 'portal-signed-in');
    await signIn(provider);
    expect((await signedIn).detail.session.user.name).to.equal('Sanne de Vries');
    for (const id of ['a', 'b']) {
      const panel = provider.querySelector(`#${id}`)!;
      await waitUntil(() => textOf(panel).includes('Laatst bijgewerkt'), `panel ${id} loaded`);
    }
  });

  it('serves panels that were on the page before the provider was defined', async () => {
    await mockBackend();
    const el = await fixture(
      html`<late-portal-provider
        ><section><portal-sync-status></portal-sync-status></section
      ></late-portal-provider>`,
    );
    customElements.define('late-portal-provider', class extends PortalProvider {});
    const provider = el as PortalProvider;
    await waitUntil(
      () => provider.client?.session.getState().status === 'signed-out',
      'the late provider started',
    );
    await signIn(provider);
    const panel = provider.querySelector('portal-sync-status')!;
    await waitUntil(
      () => textOf(panel).includes('Laatst bijgewerkt'),
      'the early panel found the late provider',
    );
  });

  it('selects the first client and switches to another the person may act for', async () => {
    const provider = await portal(
      html`<portal-provider><portal-sync-status></portal-sync-status></portal-provider>`,
    );
    await signIn(provider, 's.devries');
    const clients = provider.client!.session.getState().session!.clients.map((c) => c.id);
    expect(clients).to.have.members(['cl-noah', 'cl-lotte']);
    const urls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    try {
      const other = clients[1]!;
      const changed = oneEvent(provider, 'portal-client-changed');
      provider.select(other);
      expect((await changed).detail.clientId).to.equal(other);
      await waitUntil(
        () => urls.some((u) => u.includes(`/clients/${other}/sync-status`)),
        'reloaded for the other client',
      );
      provider.select('cl-els');
      await new Promise((r) => setTimeout(r, 50));
      expect(urls.some((u) => u.includes('/clients/cl-els/'))).to.equal(
        false,
        'a client one may not act for is never chosen',
      );
    } finally {
      window.fetch = realFetch;
    }
  });

  it('takes the locale from the page when it has none of its own', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB">
        <portal-provider><portal-sync-status></portal-sync-status></portal-provider>
      </div>`,
    );
    const provider = wrapper.querySelector('portal-provider')!;
    await waitUntil(() => provider.client?.session.getState().status === 'signed-out', 'started');
    await signIn(provider);
    await waitUntil(
      () => textOf(provider.querySelector('portal-sync-status')!).includes('Last updated'),
      'English',
    );
  });
  it('keeps its client and session when it is moved in the page', async () => {
    const provider = await portal(
      html`<portal-provider><portal-sync-status></portal-sync-status></portal-provider>`,
    );
    await signIn(provider);
    const panel = provider.querySelector('portal-sync-status')!;
    await waitUntil(() => textOf(panel).includes('Laatst bijgewerkt'), 'loaded');
    const client = provider.client;
    const elsewhere = document.createElement('div');
    provider.parentElement!.append(elsewhere);
    elsewhere.append(provider);
    await provider.updateComplete;
    expect(provider.client === client, 'the same client').to.equal(true);
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    await waitUntil(() => textOf(panel).includes('Laatst bijgewerkt'), 'still shown');
    // Still following the session: signing out clears the panel.
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await provider.client!.session.signOut();
    await signedOut;
    await waitUntil(() => textOf(panel) === '', 'cleared');
  });

  it('tells the page when the server ended the session, then that it is signed out', async () => {
    const provider = await portal(
      html`<portal-provider><portal-sync-status></portal-sync-status></portal-provider>`,
    );
    await signIn(provider);
    const panel = provider.querySelector('portal-sync-status')!;
    await waitUntil(() => textOf(panel).includes('Laatst bijgewerkt'), 'loaded');
    const order: string[] = [];
    provider.addEventListener('portal-session-expired', (e) =>
      order.push(`expired:${e.detail.reason}`),
    );
    provider.addEventListener('portal-signed-out', (e) =>
      order.push(`signed-out:${e.detail.reason}`),
    );
    for (const session of (await mockBackend()).backend.db.sessions.values()) session.ended = true;
    await provider.client!.session.keepAlive().catch(() => undefined);
    await waitUntil(() => order.length === 2, 'both events');
    expect(order).to.deep.equal(['expired:expired', 'signed-out:expired']);
    await waitUntil(() => textOf(panel) === '', 'the panel cleared');
  });

  it('fires only portal-signed-out when the person signs out', async () => {
    const provider = await portal(html`<portal-provider></portal-provider>`);
    await signIn(provider);
    let expired = 0;
    provider.addEventListener('portal-session-expired', () => expired++);
    const signedOut = oneEvent(provider, 'portal-signed-out');
    await provider.client!.session.signOut();
    expect((await signedOut).detail.reason).to.equal('signed-out');
    expect(expired).to.equal(0);
  });
});
