import { expect, html, waitUntil } from '../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../test/harness.js';
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
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(
      () => signals.at(-1)?.aborted,
      'the request is aborted when the panel leaves the page',
    );
    (await mockBackend()).backend.setScenario({ latencyMs: 0 });
    parent.append(el);
    await el.updateComplete;
    expect(el.data.state, 'back on the page: loading again, no error').to.equal('loading');
    await waitUntil(() => el.data.state === 'complete', 'loaded after coming back');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('aborts the request for the previous client when another is chosen', async () => {
    const { provider, el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ latencyMs: 60_000 }),
    );
    await waitUntil(() => signals.length > 0 && el.data.state === 'loading', 'loading Noah');
    const first = signals.at(-1)!;
    provider.select('cl-lotte');
    await waitUntil(() => first.aborted, "Noah's request is aborted");
    expect(el.data.state).to.equal('loading');
  });

  it('says there is no access, without asking the server, when the section is not granted', async () => {
    const { el } = await page('m.devries');
    await waitUntil(() => el.data.state === 'forbidden', 'forbidden');
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    expect(requests.filter((u) => u.includes('/care-team'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says there is no access when the server refuses the section', async () => {
    const { el } = await page('s.devries', async () => {
      // Access withdrawn after the session was loaded: only the server knows.
      const grant = (await mockBackend()).backend.db.grants.find(
        (g) => g.userId === 'u-sanne' && g.clientId === 'cl-noah',
      )!;
      grant.sections = grant.sections.filter((s) => s !== 'profile');
    });
    await waitUntil(() => el.data.state === 'forbidden', 'forbidden');
    expect(requests.filter((u) => u.includes('/cl-noah/care-team')).length).to.be.greaterThan(0);
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the retry button when trying again fails again', async () => {
    const { el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ failureRate: 1 }),
    );
    await waitUntil(() => el.data.state === 'error', 'error', { timeout: 10_000 });
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.data.state === 'loading', 'loading again');
    await waitUntil(() => el.data.state === 'error', 'failed again', { timeout: 10_000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=retry]') === first, 'a new button').to.equal(false);
    expect(focused()).to.equal('retry');
  });

  it('shows the problem with a retry, and the retry loads', async () => {
    const { el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ failureRate: 1 }),
    );
    await waitUntil(() => el.data.state === 'error', 'error', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Het portaal is even niet bereikbaar');
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
    await waitUntil(() => el.data.state === 'complete', 'complete for Lotte');
    await provider.client!.session.signOut();
    await waitUntil(() => textOf(el) === '', 'cleared on sign-out');
    expect(el.data.state).to.equal('signed-out');
    expect(el.data.value).to.equal(undefined);
  });
});
