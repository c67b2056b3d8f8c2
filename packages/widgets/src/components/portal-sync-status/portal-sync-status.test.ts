import { expect, html, waitUntil } from '@open-wc/testing';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-sync-status.js';
import type { PortalSyncStatus } from './portal-sync-status.component.js';

const panelIn = (root: Element) => root.querySelector('portal-sync-status') as PortalSyncStatus;

describe('portal-sync-status', () => {
  beforeEach(resetMock);

  it('shows nothing of the data before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-sync-status></portal-sync-status></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says when the data was last and will next be updated, and why it is not realtime', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"
        ><portal-sync-status></portal-sync-status
      ></portal-provider>`,
    );
    await signIn(provider);
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Laatst bijgewerkt'), 'loaded');
    expect(textOf(el)).to.match(
      /Laatst bijgewerkt (om|op) .*\d\d:\d\d · Volgende update om \d\d:\d\d/,
    );
    expect(textOf(el)).to.contain('tussen 06:00 en 24:00');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Hoe actueel is dit?');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"
        ><portal-sync-status></portal-sync-status
      ></portal-provider>`,
    );
    await signIn(provider);
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Last updated'), 'loaded in English');
    expect(textOf(el)).to.match(/Next update at \d\d:\d\d/);
    expect(textOf(el)).to.contain('every 60 minutes between 06:00 and 24:00');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-sync-status'));
    const el = panelIn(provider);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=status]'), 'loading');
    expect(textOf(el)).to.contain('Laden…');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a translated error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ offline: true });
    provider.querySelector('div')!.append(document.createElement('portal-sync-status'));
    const el = panelIn(provider);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error shown', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('Er is geen verbinding');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    (el.shadowRoot!.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await waitUntil(() => textOf(el).includes('Laatst bijgewerkt'), 'loaded after retry', {
      timeout: 10_000,
    });
  });
});
