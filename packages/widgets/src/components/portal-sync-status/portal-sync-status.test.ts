import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
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
      /Laatst bijgewerkt (om|op) .*\d\d:\d\d · volgende update (morgen )?om \d\d:\d\d/,
    );
    expect(textOf(el)).to.contain('elk uur tussen 06:00 en 24:00 naar het portaal gekopieerd');
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
    await waitUntil(() => textOf(el).includes('Last updated'), 'loaded in English', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.match(
      /Last updated (at|on) .*\d\d:\d\d · next update (tomorrow )?at \d\d:\d\d/,
    );
    expect(textOf(el)).to.contain('every hour between 06:00 and 24:00');
    await expect(el).to.be.accessible();
  });

  it('switches language at once when the provider does, values and all', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"
        ><portal-sync-status></portal-sync-status
      ></portal-provider>`,
    );
    await signIn(provider);
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Laatst bijgewerkt'), 'Dutch');
    const time = /\d\d:\d\d/.exec(textOf(el))![0];
    provider.locale = 'en';
    await waitUntil(() => textOf(el).includes(`Last updated`), 'English without reloading', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain(time);
    provider.locale = 'nl';
    await waitUntil(() => textOf(el).includes('Laatst bijgewerkt'), 'Dutch again');
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
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Laatst bijgewerkt'), 'loaded after retry', {
      timeout: 10_000,
    });
    await el.updateComplete;
    expect(focused(), 'focus on the heading, not lost').to.equal('title');
    await expect(el).to.be.accessible();
  });
});
