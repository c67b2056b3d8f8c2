import { expect, fixture, html, waitUntil } from '../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '@clientportal/sdk';
import { focused, mockBackend, resetMock, signIn, textOf } from '../../test/harness.js';
import type { PortalProvider } from '../components/portal-provider/portal-provider.component.js';
import '../components/portal-login/portal-login.js';
import '../components/portal-sync-status/portal-sync-status.js';
import { isUnreachable } from './reconnect.js';

const UNREACHABLE = 'Het portaal is nu niet bereikbaar. We proberen het steeds opnieuw.';
const slow = { timeout: 10_000 };

/** A provider with the organisation's phone number and `content`, while the API is offline. */
async function offlinePage(content = html`<portal-login></portal-login>`) {
  const { backend } = await mockBackend();
  backend.setScenario({ offline: true });
  const provider = await fixture<PortalProvider>(
    html`<portal-provider locale="nl" phone="035 - 692 49 00">${content}</portal-provider>`,
  );
  return { provider, backend };
}

const errorOf = (el: Element) => el.shadowRoot!.querySelector('[part=error]');

describe('when the portal cannot be reached', () => {
  beforeEach(resetMock);
  afterEach(async () => (await mockBackend()).backend.setScenario({ offline: false }));

  it('counts no answer, 502, 503 and 504 as unreachable, not a 500 or a refusal', () => {
    const error = (status: number, code: string) =>
      new ApiError({ status, code: code as ApiError['code'], title: '' });
    expect(isUnreachable(error(0, 'network_error'))).to.equal(true);
    expect(isUnreachable(error(502, 'internal_error'))).to.equal(true);
    expect(isUnreachable(error(503, 'service_unavailable'))).to.equal(true);
    expect(isUnreachable(error(504, 'internal_error'))).to.equal(true);
    expect(isUnreachable(error(500, 'internal_error'))).to.equal(false);
    expect(isUnreachable(error(403, 'forbidden_section'))).to.equal(false);
  });

  it('the sign-in says so, with the phone number and a retry, and shows the form once the API is back online', async () => {
    const { provider, backend } = await offlinePage();
    const login = provider.querySelector('portal-login')!;
    await waitUntil(() => errorOf(login), 'the message', slow);
    expect(textOf(login)).to.contain(UNREACHABLE);
    expect(textOf(login)).to.contain('Opnieuw proberen');
    const phone = login.shadowRoot!.querySelector<HTMLAnchorElement>('[part=phone] a')!;
    expect(phone.getAttribute('href')).to.equal('tel:0356924900');
    expect(phone.textContent).to.equal('035 - 692 49 00');
    await expect(login).to.be.accessible();
    backend.setScenario({ offline: false });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => login.shadowRoot!.querySelector('#username'), 'the form', slow);
    expect(errorOf(login)).to.equal(null);
    await expect(login).to.be.accessible();
  });

  it('tries again by itself, without any event, until the API answers', async () => {
    const { provider, backend } = await offlinePage();
    const login = provider.querySelector('portal-login')!;
    await waitUntil(() => errorOf(login), 'the message', slow);
    backend.setScenario({ offline: false });
    await waitUntil(() => login.shadowRoot!.querySelector('#username'), 'the form', slow);
  });

  it('"Opnieuw proberen" by keyboard keeps the message while still offline, then leads to the form', async () => {
    const { provider, backend } = await offlinePage();
    const login = provider.querySelector('portal-login')!;
    await waitUntil(() => errorOf(login), 'the message', slow);
    login.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((done) => setTimeout(done, 500));
    expect(textOf(login)).to.contain(UNREACHABLE);
    backend.setScenario({ offline: false });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => login.shadowRoot!.querySelector('#username'), 'the form', slow);
    await login.updateComplete;
    expect(focused(), 'focus on the sign-in, not lost').to.equal('heading');
  });

  it('a panel says so with the phone number and loads by itself once the API is back', async () => {
    const { backend } = await mockBackend();
    const provider = await fixture<PortalProvider>(
      html`<portal-provider locale="nl" phone="035 - 692 49 00"><div></div></portal-provider>`,
    );
    await waitUntil(() => provider.client?.session.getState().status !== 'unknown', 'known');
    await signIn(provider);
    backend.setScenario({ offline: true });
    const panel = document.createElement('portal-sync-status');
    provider.querySelector('div')!.append(panel);
    await waitUntil(() => errorOf(panel), 'the message', slow);
    expect(textOf(panel)).to.contain(UNREACHABLE);
    expect(textOf(panel)).to.contain('035 - 692 49 00');
    await expect(panel).to.be.accessible();
    backend.setScenario({ offline: false });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => textOf(panel).includes('Laatst bijgewerkt'), 'loaded', slow);
  });
});
