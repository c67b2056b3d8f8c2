import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  DEMO_PASSWORD,
  mockBackend,
  portal,
  resetMock,
  signIn,
  textOf,
} from '../../../test/harness.js';
import { deepActiveElement } from '../../ui/focus.js';
import { LIVE_REGION_ATTRIBUTE } from '../../ui/live-region.js';
import './portal-account.js';
import type { PortalAccount } from './portal-account.component.js';

type Field = 'current' | 'new' | 'repeat';

const NEW_PASSWORD = 'lente in de tuin';

async function signedIn(locale = 'nl') {
  const provider = await portal(
    html`<portal-provider locale=${locale}><portal-account></portal-account></portal-provider>`,
  );
  await signIn(provider);
  const el = provider.querySelector('portal-account') as PortalAccount;
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form shows');
  return { provider, el };
}

const input = (el: PortalAccount, field: Field) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${field}-password`)!;
const messageOf = (el: PortalAccount, field: Field) =>
  textOf(el.shadowRoot!.querySelector(`#${field}-password-error`)!);
const summary = (el: PortalAccount) => el.shadowRoot!.querySelector<HTMLElement>('#summary');
const submitButton = (el: PortalAccount) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!;

/** Types into a field the way a user does: focus it, then the keyboard. */
async function typeInto(el: PortalAccount, field: Field, text: string) {
  input(el, field).focus();
  await sendKeys({ type: text });
}

async function fill(el: PortalAccount, current: string, next: string, repeat = next) {
  await typeInto(el, 'current', current);
  await typeInto(el, 'new', next);
  await typeInto(el, 'repeat', repeat);
}

/** Submits with Enter from the last field, as people do. */
async function submit(el: PortalAccount) {
  input(el, 'repeat').focus();
  await sendKeys({ press: 'Enter' });
}

async function refusedWith(el: PortalAccount, field: Field, text: string) {
  await waitUntil(() => messageOf(el, field).includes(text), `"${text}" next to ${field}`, {
    timeout: 5000,
  });
  await waitUntil(() => deepActiveElement() === summary(el), 'the summary has focus');
  expect(textOf(summary(el)!)).to.contain(text);
  expect(input(el, field).getAttribute('aria-invalid')).to.equal('true');
  expect(input(el, field).getAttribute('aria-describedby')).to.contain(`${field}-password-error`);
}

function liveText(el: PortalAccount): string {
  return el.shadowRoot!.querySelector(`[${LIVE_REGION_ATTRIBUTE}="polite"]`)?.textContent ?? '';
}

describe('portal-account', () => {
  let moved = 0;
  beforeEach(resetMock);
  afterEach(async () => {
    (await mockBackend()).backend.clock.advance(-moved);
    moved = 0;
  });

  it('shows nothing while nobody is signed in', async () => {
    const provider = await portal(
      html`<portal-provider><portal-account></portal-account></portal-provider>`,
    );
    const el = provider.querySelector('portal-account') as PortalAccount;
    await el.updateComplete;
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows who is signed in and the rules before anything is typed', async () => {
    const { el } = await signedIn();
    const who = textOf(el.shadowRoot!.querySelector('[part=who]')!);
    expect(who).to.contain('Sanne de Vries').and.to.contain('s.devries');
    const rules = el.shadowRoot!.querySelector('#new-password-hint')!;
    expect(textOf(rules))
      .to.contain('8 tot 128 tekens')
      .and.to.contain('Verder zijn er geen regels');
    expect(rules.compareDocumentPosition(input(el, 'new'))).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(input(el, 'new').getAttribute('aria-describedby')).to.contain('new-password-hint');
    expect(input(el, 'current').autocomplete).to.equal('current-password');
    expect(input(el, 'new').autocomplete).to.equal('new-password');
    expect(input(el, 'repeat').autocomplete).to.equal('new-password');
    for (const f of ['current', 'new', 'repeat'] as const)
      expect(input(el, f).type).to.equal('password');
    expect(summary(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists every empty field in a focused summary whose links lead to the fields', async () => {
    const { el } = await signedIn();
    submitButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === summary(el), 'the summary has focus');
    expect(messageOf(el, 'current')).to.contain('Vul uw huidige wachtwoord in.');
    expect(messageOf(el, 'new')).to.contain('Vul een nieuw wachtwoord in.');
    expect(messageOf(el, 'repeat')).to.contain('Vul het nieuwe wachtwoord nog een keer in.');
    expect(summary(el)!.querySelectorAll('li')).to.have.length(3);
    await expect(el).to.be.accessible();
    summary(el)!.querySelectorAll('a')[1]!.click();
    expect(deepActiveElement()).to.equal(input(el, 'new'));
  });

  it('says a new password is too short, and keeps what was typed', async () => {
    const { el } = await signedIn();
    await fill(el, DEMO_PASSWORD, 'kort');
    await submit(el);
    await refusedWith(el, 'new', 'Kies een wachtwoord van minstens 8 tekens. Nu zijn het er 4.');
    expect(input(el, 'current').value).to.equal(DEMO_PASSWORD);
    expect(input(el, 'new').value).to.equal('kort');
    expect(input(el, 'repeat').value).to.equal('kort');
    await expect(el).to.be.accessible();
  });

  it('says when the repetition differs from the new password', async () => {
    const { el } = await signedIn();
    await fill(el, DEMO_PASSWORD, NEW_PASSWORD, 'lente in de tuim');
    await submit(el);
    await refusedWith(el, 'repeat', 'De twee nieuwe wachtwoorden zijn niet hetzelfde.');
    expect(messageOf(el, 'new')).to.equal('');
    // Empty, so no warning sign shows without a message.
    expect(el.shadowRoot!.querySelector('#new-password-error')!.matches(':empty')).to.equal(true);
    expect(input(el, 'new').getAttribute('aria-invalid')).to.equal('false');
  });

  it('says when the current password is wrong, and keeps what was typed', async () => {
    const { el } = await signedIn();
    await fill(el, 'zonnebloem-2025', NEW_PASSWORD);
    await submit(el);
    await refusedWith(el, 'current', 'Het huidige wachtwoord klopt niet.');
    expect(input(el, 'current').value).to.equal('zonnebloem-2025');
    expect(input(el, 'new').value).to.equal(NEW_PASSWORD);
    expect(messageOf(el, 'new')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says when the server refuses a common password', async () => {
    const { el } = await signedIn();
    await fill(el, DEMO_PASSWORD, 'Wachtwoord123');
    await submit(el);
    await refusedWith(el, 'new', 'Dit wachtwoord wordt veel gebruikt');
    expect(input(el, 'new').value).to.equal('Wachtwoord123');
  });

  it('changes the password, says so, and the server signs the person out everywhere else', async () => {
    const { provider, el } = await signedIn();
    const { backend } = await mockBackend();
    // The same person signed in on another device.
    const mine = [...backend.db.sessions.values()].find((s) => s.userId === 'u-sanne' && !s.ended)!;
    backend.db.sessions.set('s-elsewhere', { ...mine, id: 's-elsewhere' });
    await fill(el, DEMO_PASSWORD, NEW_PASSWORD);
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=done]'), 'confirmed', {
      timeout: 5000,
    });
    const text = textOf(el.shadowRoot!.querySelector('[part=done]')!);
    expect(text).to.contain('Uw wachtwoord is gewijzigd.').and.to.contain('bent u nu uitgelogd');
    await waitUntil(() => liveText(el).includes('Uw wachtwoord is gewijzigd.'), 'announced');
    for (const f of ['current', 'new', 'repeat'] as const) expect(input(el, f).value).to.equal('');
    expect(summary(el)).to.equal(null);
    expect(backend.db.sessions.get('s-elsewhere')!.ended).to.equal(true);
    // This device goes on with a new session id (renewed at the password change); the old one ends.
    expect(backend.db.sessions.get(mine.id)!.ended).to.equal(true);
    const renewed = [...backend.db.sessions.values()].filter(
      (s) => s.userId === 'u-sanne' && !s.ended,
    );
    expect(renewed.length).to.equal(1);
    expect(provider.client!.session.getState().status).to.equal('signed-in');
    await expect(el).to.be.accessible();
    // The new password is the one that works now.
    const state = await provider.client!.signIn.start('s.devries', NEW_PASSWORD);
    expect(state.step).to.equal('code');
  });

  it('says so when the change fails on the server, and keeps what was typed', async () => {
    const { el } = await signedIn();
    await fill(el, DEMO_PASSWORD, NEW_PASSWORD);
    (await mockBackend()).backend.setScenario({ failureRate: 1 });
    await submit(el);
    await waitUntil(() => summary(el), 'the summary', { timeout: 5000 });
    await waitUntil(() => deepActiveElement() === summary(el), 'the summary has focus');
    expect(textOf(summary(el)!)).to.contain('Het wijzigen van uw wachtwoord is niet gelukt.');
    for (const f of ['current', 'new', 'repeat'] as const) {
      expect(messageOf(el, f)).to.equal('');
    }
    expect(input(el, 'new').value).to.equal(NEW_PASSWORD);
    await expect(el).to.be.accessible();
  });

  it('shows the passwords on request', async () => {
    const { el } = await signedIn();
    await typeInto(el, 'new', NEW_PASSWORD);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-password]')!;
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    for (const f of ['current', 'new', 'repeat'] as const)
      expect(input(el, f).type).to.equal('text');
    expect(input(el, 'new').value).to.equal(NEW_PASSWORD);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the provider does', async () => {
    const { el } = await signedIn('en');
    await waitUntil(() => textOf(el).includes('My account'), 'English', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Choose a password of 8 to 128 characters.');
    await fill(el, DEMO_PASSWORD, 'short');
    await submit(el);
    await refusedWith(el, 'new', 'Choose a password of at least 8 characters. It now has 5.');
    await expect(el).to.be.accessible();
  });

  it('clears when the session has expired on the server, and forgets what was typed', async () => {
    const { provider, el } = await signedIn();
    await fill(el, DEMO_PASSWORD, NEW_PASSWORD);
    const { backend } = await mockBackend();
    backend.clock.advance(16 * 60_000);
    moved += 16 * 60_000;
    await submit(el);
    await waitUntil(() => textOf(el) === '', 'the panel cleared', { timeout: 5000 });
    expect(provider.client!.session.getState()).to.include({
      status: 'signed-out',
      reason: 'expired',
    });
    await signIn(provider);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form again');
    for (const f of ['current', 'new', 'repeat'] as const) expect(input(el, f).value).to.equal('');
  });
});
