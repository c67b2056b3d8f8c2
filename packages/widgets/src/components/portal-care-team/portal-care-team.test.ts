import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import type { PortalMessageRequestedEvent } from '../../events/portal-message-requested.js';
import './portal-care-team.js';
import type { PortalCareTeam } from './portal-care-team.component.js';

const panelIn = (root: Element) => root.querySelector('portal-care-team') as PortalCareTeam;
const buttons = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=message]'),
];

/** A provider with the panel added after sign-in, so the backend's scenario applies to its load. */
async function addedAfterSignIn(username = 'e.jansen') {
  const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
  await signIn(provider, username);
  provider.querySelector('div')!.append(document.createElement('portal-care-team'));
  return panelIn(provider);
}

/** Removes a section from a user's grant for a client. */
async function takeAway(userId: string, clientId: string, section: string) {
  const { backend } = await mockBackend();
  const grant = backend.db.grants.find((g) => g.userId === userId && g.clientId === clientId)!;
  grant.sections = grant.sections.filter((s) => s !== section);
}

describe('portal-care-team', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-care-team></portal-care-team></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('lists the staff with their roles and how fresh the list is', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-care-team></portal-care-team></portal-provider>`,
    );
    await signIn(provider, 's.devries');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Anna Bakker'), 'loaded');
    const members = [...el.shadowRoot!.querySelectorAll('[part=member]')].map((m) => textOf(m));
    expect(members.map((m) => m.replace(/ Bericht sturen.*$/, ''))).to.deep.equal([
      'Joost Meijer Zorgcoördinator 035 - 6 924 900',
      'Anna Bakker Verpleegkundige 035 - 6 924 901',
      'Fatima El Amrani Pedagogisch medewerker 035 - 6 924 902',
    ]);
    const phone = el.shadowRoot!.querySelector('[part=member] a')!;
    expect(phone.getAttribute('href')).to.equal('tel:0356924900');
    expect(textOf(el)).to.match(/Laatst bijgewerkt (om|op) .*· volgende update/);
    expect(buttons(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Bericht sturen: Joost Meijer',
      'Bericht sturen: Anna Bakker',
      'Bericht sturen: Fatima El Amrani',
    ]);
    await expect(el).to.be.accessible();
  });

  it('asks for a message to the person by keyboard, with a typed event', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-care-team></portal-care-team></portal-provider>`,
    );
    await signIn(provider, 's.devries');
    const el = panelIn(provider);
    await waitUntil(() => buttons(el).length === 3, 'loaded');
    buttons(el)[1]!.focus();
    const heard = oneEvent(document.body, 'portal-message-requested');
    await sendKeys({ press: 'Enter' });
    const event = (await heard) as PortalMessageRequestedEvent;
    expect(event.detail).to.deep.equal({ recipientId: 'st-anna', name: 'Anna Bakker' });
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('asks for a message by a click too', async () => {
    const provider = await portal(
      html`<portal-provider locale="nl"><portal-care-team></portal-care-team></portal-provider>`,
    );
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => buttons(el).length === 3, 'loaded');
    const heard = oneEvent(provider, 'portal-message-requested');
    buttons(el)[2]!.click();
    expect(((await heard) as PortalMessageRequestedEvent).detail.recipientId).to.equal('st-ruud');
  });

  it('offers no message button to someone without the messages section', async () => {
    await takeAway('u-els', 'cl-els', 'messages');
    const el = await addedAfterSignIn();
    await waitUntil(() => textOf(el).includes('Anna Bakker'), 'loaded');
    expect(buttons(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"><portal-care-team></portal-care-team></portal-provider>`,
    );
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Care coordinator'), 'loaded');
    expect(textOf(el)).to.contain('My care team');
    expect(textOf(el)).to.contain('Send a message');
    await expect(el).to.be.accessible();
  });

  it('says so when no care staff are linked yet', async () => {
    const { backend } = await mockBackend();
    backend.db.clients.get('cl-els')!.careTeam = [];
    const el = await addedAfterSignIn();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=empty]'), 'empty');
    expect(textOf(el)).to.contain('Er zijn nog geen zorgverleners aan u gekoppeld.');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider, 'e.jansen');
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-care-team'));
    const el = panelIn(provider);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=loading]'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider, 'e.jansen');
    const { backend } = await mockBackend();
    backend.setScenario({ failureRate: 1 });
    provider.querySelector('div')!.append(document.createElement('portal-care-team'));
    const el = panelIn(provider);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error', {
      timeout: 20_000,
    });
    await expect(el).to.be.accessible();
    backend.setScenario({ failureRate: 0 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => textOf(el).includes('Anna Bakker'), 'loaded after retry', {
      timeout: 20_000,
    });
  });

  it('says there is no access when the profile section is not granted', async () => {
    await takeAway('u-els', 'cl-els', 'profile');
    const el = await addedAfterSignIn();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=forbidden]'), 'forbidden');
    expect(textOf(el)).not.to.contain('Anna');
    await expect(el).to.be.accessible();
  });
});
