import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { unwrap } from '@clientportal/sdk';
import { portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import { PortalData } from '../../controllers/portal-data.js';
import { deepActiveElement } from '../../ui/focus.js';
import { LIVE_REGION_ATTRIBUTE } from '../../ui/live-region.js';
import '../portal-sync-status/portal-sync-status.js';
import './portal-client-switcher.js';
import type { PortalClientSwitcher } from './portal-client-switcher.component.js';

/** A panel whose data differs per client: the name in the client's profile. */
class TestClientName extends LitElement {
  private readonly data = new PortalData<string>(this, {
    section: 'profile',
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/profile', { params: { path: { clientId } }, signal }),
      ).name,
  });

  protected override render() {
    return this.data.render({ complete: (name) => html`<p>${name}</p>` });
  }
}
customElements.define('test-client-name', TestClientName);

async function page(user: string | null = 's.devries', locale = 'nl') {
  const provider = await portal(
    html`<portal-provider locale=${locale}>
      <header><portal-client-switcher></portal-client-switcher></header>
      <main>
        <test-client-name></test-client-name>
        <portal-sync-status></portal-sync-status>
      </main>
    </portal-provider>`,
  );
  if (user) await signIn(provider, user);
  const el = provider.querySelector('portal-client-switcher') as PortalClientSwitcher;
  const name = provider.querySelector('test-client-name')!;
  await el.updateComplete;
  return { provider, el, name };
}

const select = (el: PortalClientSwitcher) => el.shadowRoot!.querySelector('select')!;
const heading = (el: PortalClientSwitcher) => textOf(el.shadowRoot!.querySelector('h2')!);
const liveText = (el: PortalClientSwitcher) =>
  el.shadowRoot!.querySelector(`[${LIVE_REGION_ATTRIBUTE}="polite"]`)?.textContent ?? '';

/** Records the API paths the page asks for. */
function recordRequests(): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  return { urls, stop: () => (window.fetch = realFetch) };
}

describe('portal-client-switcher', () => {
  beforeEach(resetMock);

  it('is hidden while nobody is signed in', async () => {
    const { el } = await page(null);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('tells a client it is their own portal, with no choice to make', async () => {
    const { el, name } = await page('e.jansen');
    await waitUntil(() => textOf(name).includes('Els Jansen'), 'the page loaded');
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'shown');
    expect(heading(el)).to.equal('U bekijkt uw eigen portaal');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells a relative with one client whose portal it is', async () => {
    const { el } = await page('m.devries');
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'shown');
    expect(heading(el)).to.equal('U bekijkt het portaal van Noah de Vries');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says whose portal is shown and offers the other clients in a labelled list', async () => {
    const { el, name } = await page();
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'shown');
    expect(heading(el)).to.equal('U bekijkt het portaal van Noah de Vries');
    const label = el.shadowRoot!.querySelector(`label[for="${select(el).id}"]`)!;
    expect(textOf(label)).to.equal('Wiens portaal wilt u bekijken?');
    expect([...select(el).options].map((o) => o.textContent)).to.deep.equal([
      'Noah de Vries',
      'Lotte de Vries',
    ]);
    expect(select(el).value).to.equal('cl-noah');
    await waitUntil(() => textOf(name).includes('Noah de Vries'), 'Noah’s data');
    await expect(el).to.be.accessible();
  });

  it('switches by keyboard without signing in again; every panel loads the chosen client', async () => {
    const { provider, el, name } = await page();
    await waitUntil(() => textOf(name).includes('Noah de Vries'), 'Noah’s data');
    const sync = provider.querySelector('portal-sync-status')!;
    await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'sync loaded');
    const requests = recordRequests();
    try {
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(select(el).value).to.equal('cl-lotte');
      await new Promise((r) => setTimeout(r, 100));
      expect(requests.urls.some((u) => u.includes('cl-lotte'))).to.equal(
        false,
        'moving through the list changes nothing yet',
      );
      expect(heading(el)).to.contain('Noah de Vries');
      const changed = oneEvent(provider, 'portal-client-changed');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail.clientId).to.equal('cl-lotte');
      await waitUntil(() => heading(el) === 'U bekijkt het portaal van Lotte de Vries', 'heading');
      await waitUntil(() => textOf(name).includes('Lotte de Vries'), 'the profile panel reloaded');
      await waitUntil(
        () => requests.urls.some((u) => u.includes('/clients/cl-lotte/sync-status')),
        'the sync panel reloaded for Lotte',
      );
      await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'sync loaded again');
      await waitUntil(
        () => liveText(el) === 'U bekijkt nu het portaal van Lotte de Vries.',
        'announced',
      );
      expect(provider.client!.session.getState().status).to.equal('signed-in');
      expect(requests.urls.some((u) => u.includes('/auth/sign-in'))).to.equal(false);
      expect(deepActiveElement()?.getAttribute('part')).to.equal('submit', 'focus stays');
      await expect(el).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('does nothing when the shown client is chosen again', async () => {
    const { provider, el } = await page();
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'shown');
    let fired = 0;
    provider.addEventListener('portal-client-changed', () => fired++);
    (el.shadowRoot!.querySelector('[part=submit]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(fired).to.equal(0);
    expect(liveText(el)).to.equal('');
  });

  it('follows a client chosen elsewhere on the page', async () => {
    const { provider, el } = await page();
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'shown');
    provider.select('cl-lotte');
    await waitUntil(() => heading(el).includes('Lotte de Vries'), 'heading follows');
    expect(select(el).value).to.equal('cl-lotte');
  });

  it('hides again when the person signs out, leaving no client name behind', async () => {
    const { provider, el } = await page();
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'shown');
    select(el).value = 'cl-lotte';
    (el.shadowRoot!.querySelector('[part=submit]') as HTMLButtonElement).click();
    await waitUntil(() => liveText(el).includes('Lotte de Vries'), 'announced');
    await provider.client!.session.signOut();
    await waitUntil(() => !el.shadowRoot!.querySelector('select') && textOf(el) === '', 'hidden');
    expect(liveText(el)).to.equal('');
  });

  it('speaks English when the provider does', async () => {
    const { el } = await page('s.devries', 'en');
    await waitUntil(() => heading(el) === 'You are looking at the portal of Noah de Vries', 'en', {
      timeout: 10_000,
    });
    expect(textOf(el)).to.contain('Whose portal do you want to see?');
    await expect(el).to.be.accessible();
  });
});
