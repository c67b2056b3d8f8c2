import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-profile.js';
import type { PortalProfile } from './portal-profile.component.js';

const panelIn = (root: Element) => root.querySelector('portal-profile') as PortalProfile;
const corrections = (el: Element) => [...el.shadowRoot!.querySelectorAll('portal-correction')];

async function loaded(username = 'e.jansen') {
  const provider = await portal(
    html`<portal-provider locale="nl"><portal-profile></portal-profile></portal-provider>`,
  );
  await signIn(provider, username);
  const el = panelIn(provider);
  await waitUntil(() => corrections(el).length > 0, 'loaded');
  await Promise.all(corrections(el).map((c) => c.updateComplete));
  return el;
}

/** Types into a field of a correction form, key by key. */
async function typeInto(field: HTMLElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
}

describe('portal-profile: "Klopt dit niet?" (X11)', () => {
  beforeEach(resetMock);

  it('offers "Klopt dit niet?" beside every detail, and lists the answered requests', async () => {
    const el = await loaded();
    const names = corrections(el).map((c) => textOf(c));
    expect(names.length).to.be.at.least(9);
    expect(names[0]).to.equal('Klopt dit niet?: Naam');
    expect(names).to.include('Klopt dit niet?: Huisarts, Praktijk');
    const list = textOf(el.shadowRoot!.querySelector('[part=corrections]')!);
    expect(list).to.contain('Huisarts · Afgewezen');
    expect(list).to.contain('Reden van het zorgteam: Wij hebben nog geen bericht');
    expect(list).to.contain('Telefoon · Verbeterd');
    await expect(el).to.be.accessible();
  });

  it('keeps an empty request beside its fields, then sends it to the care team', async () => {
    const { backend } = await mockBackend();
    const before = structuredClone(backend.db.clients.get('cl-els')!.profile);
    const el = await loaded();
    const address = corrections(el).find((c) => textOf(c).endsWith('Adres'))!;
    const root = address.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await address.updateComplete;
    await waitUntil(() => focused() === 'wrong', 'focus in the first field');
    await typeInto(root.querySelector('#correct')!, 'Vaartweg 90');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(
      () => root.querySelector('#wrong-error')?.textContent?.includes('Schrijf wat er niet klopt.'),
      'message',
    );
    expect(root.querySelector('#wrong')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector<HTMLInputElement>('#correct')!.value).to.equal('Vaartweg 90');
    expect(focused()).to.equal('wrong');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Het huisnummer klopt niet.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part=done]'), 'sent', { timeout: 10_000 });
    expect(textOf(address)).to.contain('Uw verzoek is naar het zorgteam gestuurd.');
    const list = textOf(el.shadowRoot!.querySelector('[part=corrections]')!);
    expect(list).to.match(
      /^Adres · Verstuurd Wat niet klopt: Het huisnummer klopt niet\. Wat het moet zijn: Vaartweg 90/,
    );
    const stored = backend.db.correctionRequests.at(-1)!;
    expect([stored.subject.field, stored.status]).to.deep.equal(['address', 'sent']);
    expect(backend.db.clients.get('cl-els')!.profile).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('keeps the text when the request cannot be sent', async () => {
    const el = await loaded();
    const { backend } = await mockBackend();
    const first = corrections(el)[0]!;
    const root = first.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await first.updateComplete;
    await typeInto(root.querySelector('#wrong')!, 'Mijn tweede naam ontbreekt.');
    await typeInto(root.querySelector('#correct')!, 'Els Maria Jansen');
    backend.setScenario({ offline: true });
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => root.querySelector('.general'), 'failure shown', { timeout: 15_000 });
    expect(textOf(first)).to.contain('Er is geen verbinding');
    expect(root.querySelector<HTMLTextAreaElement>('#wrong')!.value).to.equal(
      'Mijn tweede naam ontbreekt.',
    );
    expect(backend.db.correctionRequests.some((r) => r.wrong.includes('tweede naam'))).to.equal(
      false,
    );
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => root.querySelector('[part=done]'), 'sent on retry', { timeout: 15_000 });
    expect(
      backend.db.correctionRequests.filter((r) => r.wrong.includes('tweede naam')),
    ).to.have.length(1);
  });

  it('speaks English in the button and the list', async () => {
    const provider = await portal(
      html`<portal-provider locale="en"><portal-profile></portal-profile></portal-provider>`,
    );
    await signIn(provider, 'e.jansen');
    const el = panelIn(provider);
    await waitUntil(() => textOf(el).includes('Your requests for a correction'), 'English', {
      timeout: 10_000,
    });
    await Promise.all(corrections(el).map((c) => c.updateComplete));
    expect(textOf(corrections(el)[0]!)).to.equal('Is this wrong?: Name');
    expect(textOf(el)).to.contain('Declined');
    await expect(el).to.be.accessible();
  });
});
