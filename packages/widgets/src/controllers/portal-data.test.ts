import { expect, html, waitUntil } from '@open-wc/testing';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { mockBackend, portal, resetMock, signIn, textOf } from '../../test/harness.js';
import { PortalElement } from '../internal/portal-element.js';
import { PortalData } from './portal-data.js';

type Team = Schemas['CareTeamMember'][];
const signals: AbortSignal[] = [];

/** A panel of the care team (section `profile`), as any panel uses the controller. */
class TestTeam extends PortalElement {
  data = new PortalData<Team>(this, {
    section: 'profile',
    load: async ({ api, clientId, signal }) => {
      signals.push(signal);
      return unwrap(
        await api.GET('/clients/{clientId}/care-team', { params: { path: { clientId } }, signal }),
      );
    },
    isEmpty: (team) => team.length === 0,
  });

  protected override render() {
    return this.data.render({ complete: (team) => team.map((m) => m.name).join(', ') });
  }
}
customElements.define('test-team', TestTeam);

async function page(user = 's.devries', before?: () => void | Promise<void>) {
  const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
  await signIn(provider, user);
  await before?.();
  const el = document.createElement('test-team') as TestTeam;
  provider.querySelector('div')!.append(el);
  return { provider, el };
}

const requests: string[] = [];
const realFetch = window.fetch;

describe('the data controller', () => {
  beforeEach(async () => {
    await resetMock();
    requests.length = 0;
    window.fetch = (input, init) => {
      requests.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('renders nothing of the data while signed out, and makes no request', async () => {
    const provider = await portal(html`<portal-provider><test-team></test-team></portal-provider>`);
    const el = provider.querySelector('test-team') as TestTeam;
    await el.updateComplete;
    expect(el.data.state).to.equal('signed-out');
    expect(textOf(el)).to.equal('');
    expect(requests.filter((u) => u.includes('/care-team'))).to.deep.equal([]);
  });

  it('loads and renders the complete data', async () => {
    const { el } = await page();
    await waitUntil(() => el.data.state === 'complete', 'complete');
    expect(textOf(el)).to.contain('Anna Bakker');
    await expect(el).to.be.accessible();
  });

  it('shows loading with a status role, visible only after a short delay', async () => {
    const { el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ latencyMs: 60_000 }),
    );
    await waitUntil(
      () => el.data.state === 'loading' && el.shadowRoot!.querySelector('[role=status]'),
      'loading',
    );
    const indicator = el.shadowRoot!.querySelector('.loading')!;
    expect(getComputedStyle(indicator).opacity).to.equal('0');
    await waitUntil(() => getComputedStyle(indicator).opacity === '1', 'visible after the delay');
    await expect(el).to.be.accessible();
    el.remove();
    await waitUntil(
      () => signals.at(-1)?.aborted,
      'the request is aborted when the panel leaves the page',
    );
  });

  it('says there is no access, without asking the server, when the section is not granted', async () => {
    const { el } = await page('m.devries');
    await waitUntil(() => el.data.state === 'forbidden', 'forbidden');
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    expect(requests.filter((u) => u.includes('/care-team'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the problem with a retry, and the retry loads', async () => {
    const { el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ failureRate: 1 }),
    );
    await waitUntil(() => el.data.state === 'error', 'error', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Er ging iets mis');
    await expect(el).to.be.accessible();
    (await mockBackend()).backend.setScenario({ failureRate: 0 });
    (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => el.data.state === 'complete', 'complete after retry', {
      timeout: 10_000,
    });
  });

  it('shows the empty text when there is nothing', async () => {
    const { el } = await page('s.devries', async () => {
      (await mockBackend()).backend.db.clients.get('cl-noah')!.careTeam = [];
    });
    await waitUntil(() => el.data.state === 'empty', 'empty');
    expect(textOf(el)).to.contain('Er is nog niets om te laten zien.');
    await expect(el).to.be.accessible();
  });

  it('clears when the session ends and reloads for another client', async () => {
    const { provider, el } = await page();
    await waitUntil(() => el.data.state === 'complete', 'complete');
    provider.select('cl-lotte');
    await waitUntil(
      () => requests.some((u) => u.includes('/clients/cl-lotte/care-team')),
      'reloaded for Lotte',
    );
    await provider.client!.session.signOut();
    await waitUntil(() => textOf(el) === '', 'cleared on sign-out');
  });
});
