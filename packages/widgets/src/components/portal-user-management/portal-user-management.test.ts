import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './portal-user-management.js';
import type { PortalUserManagement } from './portal-user-management.component.js';

const panelIn = (root: Element) =>
  root.querySelector('portal-user-management') as PortalUserManagement;
const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const card = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="person"]')].find((c) =>
    c.querySelector('h3')!.textContent!.includes(name),
  );
const box = (c: HTMLElement, section: string) =>
  c.querySelector<HTMLInputElement>(`[data-section="${section}"]`)!;

async function loaded(locale = 'nl', user = 's.devries'): Promise<PortalUserManagement> {
  const provider = await portal(
    html`<portal-provider locale=${locale}
      ><portal-user-management></portal-user-management
    ></portal-provider>`,
  );
  await signIn(provider, user);
  const el = panelIn(provider);
  await waitUntil(() => part(el, 'people') || part(el, 'forbidden'), 'loaded', { timeout: 5000 });
  return el;
}

/** Focuses a field and types into it, key by key. */
async function typeIn(el: Element, id: string, text: string): Promise<void> {
  el.shadowRoot!.getElementById(id)!.focus();
  await sendKeys({ type: text });
}

const input = (el: Element, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
/** The message next to a field, without the hidden "Fout:". */
const message = (el: Element, id: string) =>
  textOf(el.shadowRoot!.getElementById(`${id}-error`)!).replace(/^Fout:\s*/, '');

const noahGrants = async () =>
  (await mockBackend()).backend.db.grants.filter((g) => g.clientId === 'cl-noah');

/** Waits until the dialog's opening animation has run (axe measures contrast mid-fade). */
async function settled(el: Element): Promise<void> {
  const native = el.shadowRoot!.querySelector('portal-dialog')?.shadowRoot?.querySelector('dialog');
  await Promise.all((native?.getAnimations({ subtree: true }) ?? []).map((a) => a.finished));
}

describe('portal-user-management', () => {
  beforeEach(resetMock);

  it('shows nothing before anyone signs in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-user-management></portal-user-management></portal-provider>`,
    );
    const el = panelIn(provider);
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('lists the people with their sections; nobody changes their own access', async () => {
    const el = await loaded();
    const self = card(el, 'Sanne de Vries')!;
    expect(self.textContent).to.contain('(u)');
    expect(self.querySelector('fieldset')!.disabled).to.equal(true);
    expect(self.querySelector('[part~="revoke"]')).to.equal(null);
    const mark = card(el, 'Mark de Vries')!;
    expect(box(mark, 'reports').checked).to.equal(true);
    expect(box(mark, 'plans').checked).to.equal(false);
    expect(card(el, 'Joke de Vries')!.textContent).to.contain('Nog geen toegang');
    await expect(el).to.be.accessible();
  });

  it('shows the no-access state to someone without the user-management right', async () => {
    const el = await loaded('nl', 'm.devries');
    expect(part(el, 'forbidden')).to.not.equal(null);
    expect(part(el, 'add-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with a retry that works', async () => {
    const provider = await portal(html`<portal-provider><div></div></portal-provider>`);
    await signIn(provider);
    const { backend } = await mockBackend();
    backend.setScenario({ latencyMs: 60_000 });
    provider.querySelector('div')!.append(document.createElement('portal-user-management'));
    const el = panelIn(provider);
    await waitUntil(() => part(el, 'loading'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
    backend.setScenario({ latencyMs: 0, offline: true });
    provider.querySelector('div')!.append(el);
    await waitUntil(() => part(el, 'error'), 'error', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    backend.setScenario({ offline: false });
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'people'), 'loaded after retry', { timeout: 10_000 });
  });

  it('adds a person by keyboard, who appears without rights', async () => {
    const el = await loaded();
    await typeIn(el, 'name', 'Kees Bakker');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kees@example.nl' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '06 12345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Buurman' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => card(el, 'Kees Bakker'), 'added', { timeout: 5000 });
    const kees = card(el, 'Kees Bakker')!;
    expect(kees.textContent).to.contain('Nog geen toegang');
    expect([...kees.querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
    expect(part(el, 'notice')!.textContent).to.contain('Kees Bakker staat nu in de lijst');
    expect((el.shadowRoot!.getElementById('name') as HTMLInputElement).value).to.equal('');
    const stored = (await noahGrants()).find((g) => g.email === 'kees@example.nl')!;
    expect(stored.sections).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses an invalid e-mail and mobile next to the fields and in the summary, keeps them, stores nothing', async () => {
    const el = await loaded();
    const before = (await noahGrants()).length;
    await typeIn(el, 'name', 'Kees Bakker');
    await typeIn(el, 'email', 'kees@voorbeeld');
    await typeIn(el, 'phone', '06-12ab');
    await typeIn(el, 'relation', 'Buurman');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'summary', 'the summary takes focus');
    expect(message(el, 'email')).to.contain('Dit e-mailadres klopt niet');
    expect(message(el, 'phone')).to.contain('Dit mobiele nummer klopt niet');
    expect(message(el, 'name')).to.equal('');
    const links = [...part(el, 'summary')!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#email', '#phone']);
    expect(input(el, 'email').value).to.equal('kees@voorbeeld');
    expect(input(el, 'phone').value).to.equal('06-12ab');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'email').getAttribute('aria-describedby')).to.contain('email-error');
    await expect(el).to.be.accessible();
    // The summary's link takes the person to the field, by keyboard.
    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused()).to.equal('phone');
    expect((await noahGrants()).length).to.equal(before);
  });

  it('asks for every empty field in the summary; nothing is sent until all is filled in', async () => {
    const el = await loaded();
    const before = (await noahGrants()).length;
    part(el, 'submit')!.click();
    await waitUntil(() => focused() === 'summary', 'the summary takes focus');
    expect(message(el, 'name')).to.contain('Naam is nog leeg');
    expect(message(el, 'relation')).to.contain('Relatie tot de cliënt is nog leeg');
    expect(part(el, 'summary')!.querySelectorAll('a').length).to.equal(4);
    expect((await noahGrants()).length).to.equal(before);
    await expect(el).to.be.accessible();
    await typeIn(el, 'name', 'Kees');
    await typeIn(el, 'email', 'kees@example.nl');
    await typeIn(el, 'phone', '06 12345678');
    await typeIn(el, 'relation', 'Buurman');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => card(el, 'Kees'), 'added once all is filled in', { timeout: 5000 });
    expect(part(el, 'summary')).to.equal(null);
    expect((await noahGrants()).length).to.equal(before + 1);
    await expect(el).to.be.accessible();
  });

  it('says next to the field that someone with this e-mail is already listed', async () => {
    const el = await loaded();
    await typeIn(el, 'name', 'Mark');
    await typeIn(el, 'email', 'mark@example.nl');
    await typeIn(el, 'phone', '0612345678');
    await typeIn(el, 'relation', 'Vader');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => message(el, 'email'), 'server message', { timeout: 5000 });
    expect(message(el, 'email')).to.contain('staat al in de lijst');
    expect(focused()).to.equal('summary');
  });

  it('grants a section by ticking it (e-mail with sign-in details), removes one by unticking', async () => {
    const el = await loaded();
    const joke = card(el, 'Joke de Vries')!;
    box(joke, 'appointments').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => joke.textContent!.includes('Uitgenodigd'), 'invited', { timeout: 5000 });
    expect(part(el, 'notice')!.textContent).to.contain('e-mail met de inloggegevens');
    const { backend } = await mockBackend();
    const mail = backend
      .outbox()
      .find((m) => m.channel === 'email' && m.to === 'oma.joke@example.nl');
    expect(mail, 'the invitation e-mail').to.not.equal(undefined);
    const mark = card(el, 'Mark de Vries')!;
    box(mark, 'reports').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(
      async () =>
        !(await noahGrants()).find((g) => g.name === 'Mark de Vries')!.sections.includes('reports'),
      'reports taken away',
      { timeout: 5000 },
    );
    await waitUntil(() => part(el, 'notice')!.textContent!.includes('aangepast'), 'said');
    expect(box(mark, 'reports').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('revokes a person after confirmation; cancel keeps them', async () => {
    const el = await loaded();
    const revoke = () => card(el, 'Mark de Vries')!.querySelector<HTMLElement>('[part~="revoke"]')!;
    revoke().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('portal-dialog[open]'), 'asked', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('portal-dialog')!.textContent).to.contain(
      'Weet u zeker dat u alle toegang van Mark de Vries wilt intrekken?',
    );
    await settled(el);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('portal-dialog'), 'closed');
    expect(card(el, 'Mark de Vries')).to.not.equal(undefined);
    expect(focused()).to.equal('revoke');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'confirm-revoke'), 'asked again', { timeout: 5000 });
    part(el, 'confirm-revoke')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !card(el, 'Mark de Vries'), 'gone', { timeout: 5000 });
    await waitUntil(() => !el.shadowRoot!.querySelector('portal-dialog'), 'dialog closed');
    expect((await noahGrants()).some((g) => g.name === 'Mark de Vries')).to.equal(false);
    expect(part(el, 'notice')!.textContent).to.contain('Mark de Vries heeft geen toegang meer.');
    await waitUntil(() => focused() === 'notice', 'focus on the notice').catch(() =>
      expect(focused()).to.equal('notice'),
    );
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const el = await loaded('en');
    await waitUntil(() => textOf(el).includes('User management'), 'English', { timeout: 10_000 });
    expect(textOf(el)).to.contain('No access yet');
    expect(textOf(el)).to.contain('Add a person');
    await expect(el).to.be.accessible();
  });
});
