import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-bulletin.js';
import type { PortalBulletin } from './portal-bulletin.component.js';

const wait = (condition: () => unknown, message?: string) =>
  waitUntil(condition, message, { timeout: 10_000 });
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

async function board(user: string | null = 's.devries'): Promise<PortalBulletin> {
  const provider = await portal(
    html`<portal-provider locale="nl"><portal-bulletin></portal-bulletin></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  return provider.querySelector('portal-bulletin')!;
}

async function typeInto(el: Element, id: string, text: string) {
  $(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
}

const postsOf = async () => (await mockBackend()).backend.db.bulletin;

describe('portal-bulletin', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const el = await board(null);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the posts newest first, with change and remove only on one’s own', async () => {
    const el = await board();
    await wait(() => $$(el, '[part=post]').length === 3, 'three posts');
    const times = $$(el, '[part=post] time').map((t) => t.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    const joost = $$(el, '[part=post]').find((p) => p.textContent!.includes('Joost'))!;
    expect(joost.querySelector('[part=edit]')).to.equal(null);
    expect($$(el, '[part=remove]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('posts with the keyboard, counting the limit while typing', async () => {
    const el = await board();
    await wait(() => $(el, '#text'), 'the form');
    expect(textOf(el)).to.contain('Nog 500 van de 500 tekens over.');
    await typeInto(el, 'text', 'Zaterdag zijn we weg.');
    expect(textOf(el)).to.contain('Nog 479 van de 500 tekens over.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await wait(() => $(el, '[part=post]')?.textContent!.includes('Zaterdag zijn we weg.'), 'first');
    expect(($(el, '#text') as HTMLTextAreaElement).value).to.equal('');
    expect((await postsOf()).filter((p) => p.text === 'Zaterdag zijn we weg.').length).to.equal(1);
  });

  it('refuses an empty post and one over the limit, next to the field, text kept', async () => {
    const el = await board();
    await wait(() => $(el, '[part=submit]'), 'the form');
    const before = (await postsOf()).length;
    $(el, '[part=submit]')!.click();
    await wait(() => textOf(el).includes('Typ eerst uw bericht.'), 'empty');
    expect(focused()).to.equal('text');
    const field = $(el, '#text') as HTMLTextAreaElement;
    field.value = 'x'.repeat(500);
    field.dispatchEvent(new Event('input'));
    await typeInto(el, 'text', 'yz');
    expect(textOf(el)).to.contain('2 tekens te veel. Er passen er 500.');
    $(el, '[part=submit]')!.click();
    await wait(() => $(el, '#text')!.getAttribute('aria-invalid') === 'true', 'too long');
    expect(field.value).to.equal(`${'x'.repeat(500)}yz`);
    expect((await postsOf()).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('changes one’s own post', async () => {
    const el = await board();
    await wait(() => $(el, '[part=edit]'), 'loaded');
    $(el, '[part=edit]')!.click();
    await wait(() => focused() === 'edit-text', 'the text to change has focus');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Tot dan!' });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await wait(() => !$(el, '#edit-text') && textOf(el).includes('Tot dan!'), 'changed');
    expect((await postsOf()).some((p) => p.text.endsWith(' Tot dan!'))).to.equal(true);
  });

  it('removes one’s own post only after confirming', async () => {
    const el = await board();
    await wait(() => $(el, '[part=remove]'), 'loaded');
    const before = (await postsOf()).length;
    $(el, '[part=remove]')!.click();
    await wait(() => focused() === 'no' || focused() === 'dialog', 'the question');
    // Once the dialog has faded in (axe measures colours mid-fade otherwise).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(el).to.be.accessible();
    $(el, '[part=no]')!.click();
    expect((await postsOf()).length).to.equal(before);
    $(el, '[part=remove]')!.click();
    await wait(() => ($(el, 'portal-dialog') as HTMLElement & { open: boolean }).open, 'asked');
    $(el, '[part=yes]')!.click();
    await wait(() => $$(el, '[part=post]').length === 2, 'removed');
    expect((await postsOf()).length).to.equal(before - 1);
  });

  it('shows a progress indicator while loading', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-bulletin'));
    const el = provider.querySelector('portal-bulletin')!;
    await wait(() => $(el, '[part=loading]'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says when the board is empty', async () => {
    const { backend } = await mockBackend();
    backend.db.bulletin = [];
    const el = await board();
    await wait(() => textOf(el).includes('Er staat nog niets op het prikbord.'), 'empty');
    expect($(el, '#text')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no access when the bulletin section is not granted', async () => {
    const { backend } = await mockBackend();
    for (const g of backend.db.grants.filter((x) => x.userId === 'u-sanne'))
      g.sections = g.sections.filter((s) => s !== 'bulletin');
    const el = await board();
    await wait(() => $(el, '[part=forbidden]'), 'no access');
    await expect(el).to.be.accessible();
  });

  it('keeps the text when posting fails, and posts once on a retry', async () => {
    const el = await board();
    await wait(() => $(el, '#text'), 'the form');
    const { backend } = await mockBackend();
    backend.setScenario({ offline: true });
    await typeInto(el, 'text', 'Maandag vrij.');
    $(el, '[part=submit]')!.click();
    await wait(() => textOf(el).includes('Er is geen verbinding'), 'the problem');
    expect(($(el, '#text') as HTMLTextAreaElement).value).to.equal('Maandag vrij.');
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    $(el, '[part=submit]')!.click();
    await wait(
      () => textOf(el).includes('Maandag vrij.') && !($(el, '#text') as HTMLTextAreaElement).value,
    );
    expect((await postsOf()).filter((p) => p.text === 'Maandag vrij.').length).to.equal(1);
  });
});
