import { expect, html, waitUntil } from '../../../test/testing.js';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-profile.js';
import type { PortalProfile } from './portal-profile.component.js';

const panelIn = (root: Element) => root.querySelector('portal-profile') as PortalProfile;
const shadow = (el: Element) => el.shadowRoot!;

/** A provider with the panel added after sign-in, so the backend's scenario applies to its load. */
async function addedAfterSignIn(username = 'e.jansen') {
  const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
  await signIn(provider, username);
  return {
    provider,
    add: () => {
      provider.querySelector('div')!.append(document.createElement('portal-profile'));
      return panelIn(provider);
    },
  };
}

describe('portal-profile', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-profile></portal-profile></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the details from the dossier, read only, with how fresh they are', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-profile></portal-profile></portal-provider>`,
    );
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Vaartweg 88'), 'loaded');
    const text = textOf(el);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Mijn gegevens');
    expect(text).to.match(/Laatst bijgewerkt (om|op) .*\d\d:\d\d · volgende update/);
    for (const part of [
      'Els Jansen',
      '30 mei 1941',
      '1217 SV Hilversum',
      'Zorgverzekeraar Gooi',
      'ZG-102938',
      'Dr. M. Koster',
      'Gezondheidscentrum Vaartweg',
      'Dochter',
      'Marieke Jansen',
    ]) {
      expect(text).to.contain(part);
    }
    const headings = [...shadow(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'Persoonlijke gegevens',
      'Zorgverzekering',
      'Huisarts',
      'Contactpersonen',
      'Uw vragen om verbetering',
    ]);
    const links = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members([
      'tel:0359876543',
      'mailto:els.jansen@example.nl',
      'tel:0356401111',
    ]);
    expect(shadow(el).querySelector('input, textarea, [contenteditable]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when no contacts are recorded, and leaves out what is missing', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-profile></portal-profile></portal-provider>`,
    );
    const { backend } = await mockBackend();
    const profile = { ...backend.db.clients.get('cl-els')!.profile, contacts: [] };
    delete profile.insurance;
    delete profile.gp;
    backend.db.clients.get('cl-els')!.profile = profile;
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Vaartweg 88'), 'loaded');
    expect(textOf(el)).to.contain('Er zijn geen contactpersonen vastgelegd.');
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings).not.to.include('Huisarts');
    expect(headings).not.to.include('Zorgverzekering');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"><portal-profile></portal-profile></portal-provider>`,
    );
    await signIn(provider, 's.devries');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Policy number'), 'loaded in English', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('My details');
    expect(textOf(el)).to.contain('14 March 2019');
    expect(textOf(el)).to.contain('Last updated');
    expect(textOf(el)).to.contain('Policy number');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const { add } = await addedAfterSignIn();
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    const el = add();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=loading]'), 'loading');
    expect(textOf(el)).to.contain('Laden…');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an error with a retry that works', async () => {
    const { add } = await addedAfterSignIn();
    const { backend } = await mockBackend();
    backend.setScenario({ offline: true });
    const el = add();
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('Het portaal is nu niet bereikbaar');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => textOf(el).includes('Vaartweg 88'), 'loaded after retry', {
      timeout: 10_000,
    });
    await expect(el).to.be.accessible();
  });

  it('says there is no access when the profile section is not granted', async () => {
    const { backend } = await mockBackend();
    const grant = backend.db.grants.find((g) => g.userId === 'u-els' && g.clientId === 'cl-els')!;
    grant.sections = grant.sections.filter((s) => s !== 'profile');
    const { add } = await addedAfterSignIn();
    const el = add();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=forbidden]'), 'forbidden');
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel.');
    expect(textOf(el)).not.to.contain('Vaartweg');
    await expect(el).to.be.accessible();
  });

  it('clears the details when the person signs out', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-profile></portal-profile></portal-provider>`,
    );
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Vaartweg 88'), 'loaded');
    await provider.client!.session.signOut();
    await waitUntil(() => textOf(el) === '', 'cleared');
    await expect(el).to.be.accessible();
  });
});
