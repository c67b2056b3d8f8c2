import { expect, html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD, mockBackend, resetMock, textOf } from '../../../test/harness.js';
import '../portal-sync-status/portal-sync-status.js';
import {
  click,
  codeInputOf,
  enterPassword,
  focused,
  inputOf,
  labelOf,
  lastSms,
  loginPage,
  messageOf,
  signedInShown,
  summaryOf,
  untilHeading,
  untilSummary,
} from './portal-login.harness.js';

const focusedName = () => {
  const el = focused();
  return el?.id || el?.textContent?.replace(/\s+/g, ' ').trim() || el?.localName || 'none';
};

describe('portal-login: keyboard, English, and a sign-in that runs out', () => {
  beforeEach(resetMock);

  it('signs in with the keyboard alone, and the panel beside it loads', async () => {
    const { provider, login } = await loginPage({
      beside: html`<portal-sync-status></portal-sync-status><button>Verder</button>`,
    });
    await untilHeading(login, 'Inloggen');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(inputOf(login, 'username'));
    await sendKeys({ type: 's.devries' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(inputOf(login, 'password'));
    await sendKeys({ type: DEMO_PASSWORD });
    await sendKeys({ press: 'Tab' });
    expect(focusedName()).to.equal('Wachtwoord tonen');
    await sendKeys({ press: 'Tab' });
    expect(focusedName()).to.equal('Inloggen');
    await sendKeys({ press: 'Enter' });

    await untilHeading(login, 'Inlogcode per sms');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the heading');
    await sendKeys({ press: 'Tab' });
    expect(focusedName()).to.equal('SMS-inlogcode aanvragen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => login.shadowRoot!.querySelector('portal-code-input'), 'the code field');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the heading again');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(codeInputOf(login).shadowRoot!.querySelector('input'));
    await sendKeys({ type: (await lastSms('s.devries')).digits });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => signedInShown(login), 'signed in');
    // Focus stays in the panel, on what it says now, never on <body>; Tab leads on to what follows.
    await waitUntil(() => focused()?.id === 'signed-in', 'focus on "U bent ingelogd."');
    await sendKeys({ press: 'Tab' });
    expect(focusedName()).to.equal('Verder');
    // Said inside the element: nothing of the widgets lands in the host page's own DOM.
    expect(document.body.querySelector('[data-portal-live]')).to.equal(null);
    await expect(login).to.be.accessible();
    const sync = provider.querySelector('portal-sync-status')!;
    await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'the panel beside loads');
    await provider.client!.session.signOut();
    await waitUntil(() => !signedInShown(login), 'the message goes on sign-out');
    expect(textOf(login)).not.to.contain('U bent ingelogd');
  });

  it('sends focus after signing in to the place the host page names', async () => {
    const { login } = await loginPage({
      beside: html`<h2 id="mijn-portaal">Mijn portaal</h2>`,
    });
    login.focusAfterSignIn = '#mijn-portaal';
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await untilHeading(login, 'Inlogcode per sms');
    await click(login, 'SMS-inlogcode aanvragen');
    await waitUntil(() => login.shadowRoot!.querySelector('portal-code-input'), 'the code field');
    codeInputOf(login).shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: (await lastSms('s.devries')).digits });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => signedInShown(login), 'signed in');
    await waitUntil(() => document.activeElement?.id === 'mijn-portaal', 'focus on the heading');
  });

  it('speaks English when the provider does', async () => {
    const { login } = await loginPage({ locale: 'en' });
    await untilHeading(login, 'Sign in');
    expect(labelOf(inputOf(login, 'username'))).to.equal('Username');
    expect(labelOf(inputOf(login, 'password'))).to.equal('Password');
    expect(textOf(login)).to.contain('Forgotten your password?');
    await click(login, 'Sign in');
    expect(await untilSummary(login)).to.deep.equal([
      'Enter your username.',
      'Enter your password.',
    ]);
    expect(textOf(login)).to.contain('There is a problem');
    expect(messageOf(login, 'username')).to.equal('Enter your username.');
    await expect(login).to.be.accessible();

    await enterPassword(login, 'e.jansen', 'not-the-password', 'Sign in');
    await waitUntil(() => summaryOf(login)[0]?.startsWith('The username or the password'));
    await enterPassword(login, 'e.jansen', DEMO_PASSWORD, 'Sign in');
    await untilHeading(login, 'Sign-in code by text message');
    expect(textOf(login)).to.contain('Request sign-in code by text message');
    await expect(login).to.be.accessible();
  });

  it('starts over with the username kept when the sign-in runs out on the server', async () => {
    const { provider, login } = await loginPage();
    await enterPassword(login, 'e.jansen', DEMO_PASSWORD);
    await untilHeading(login, 'Inlogcode per sms');
    const { backend } = await mockBackend();
    for (const session of backend.db.sessions.values()) session.ended = true;
    const signedOut = new Promise((resolve) =>
      provider.addEventListener('portal-signed-out', resolve, { once: true }),
    );
    await click(login, 'SMS-inlogcode aanvragen');
    await signedOut;
    await untilHeading(login, 'Inloggen');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the first step');
    expect(textOf(login)).to.contain(
      'U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.',
    );
    expect(inputOf(login, 'username').value).to.equal('e.jansen');
    expect(inputOf(login, 'password').value).to.equal('');
    await expect(login).to.be.accessible();
  });
});
