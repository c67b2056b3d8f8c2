import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, portal, resetMock, textOf } from '../../../test/harness.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import {
  click,
  focused,
  headingOf,
  inputOf,
  labelOf,
  loginPage,
  messageOf,
  retype,
  rootOf,
  summaryOf,
  untilHeading,
  untilSummary,
} from '../portal-login/portal-login.harness.js';
import type { PortalPasswordReset } from './portal-password-reset.component.js';
import './portal-password-reset.js';

const NEW_PASSWORD = 'appeltaart met slagroom';

async function resetPage(): Promise<{ provider: PortalProvider; reset: PortalPasswordReset }> {
  const provider = await portal(
    html`<portal-provider><portal-password-reset></portal-password-reset></portal-provider>`,
  );
  const reset = provider.querySelector('portal-password-reset')!;
  await reset.updateComplete;
  return { provider, reset };
}

/** Asks for a link for e.jansen through the SDK and returns the token from the e-mail. */
async function tokenFromEmail(provider: PortalProvider): Promise<string> {
  await provider.client!.requestPasswordReset('e.jansen', 'els.jansen@example.nl');
  const { backend } = await mockBackend();
  const link = backend.outbox().at(-1)!.link!;
  expect(link).to.match(/\/#reset-token=/);
  return new URL(link).hash.replace('#reset-token=', '');
}

async function requestLink(reset: PortalPasswordReset, username: string, email: string) {
  await retype(reset, 'username', username);
  await retype(reset, 'email', email);
  await click(reset, 'Link aanvragen');
}

async function chooseNewPassword(reset: PortalPasswordReset, username: string, password: string) {
  await retype(reset, 'username', username);
  await retype(reset, 'new-password', password);
  await retype(reset, 'repeat-password', password);
  await click(reset, 'Wachtwoord wijzigen');
}

const emails = async () =>
  (await mockBackend()).backend.outbox().filter((m) => m.channel === 'email');

describe('portal-password-reset (C4)', () => {
  beforeEach(async () => {
    await resetMock();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('asks for username and e-mail address, and says the same whatever the account', async () => {
    const { reset } = await resetPage();
    expect(headingOf(reset)).to.equal('Wachtwoord vergeten');
    expect(labelOf(inputOf(reset, 'username'))).to.equal('Gebruikersnaam');
    expect(labelOf(inputOf(reset, 'email'))).to.equal('E-mailadres');
    expect(inputOf(reset, 'username').autocomplete).to.equal('username');
    expect(inputOf(reset, 'email').autocomplete).to.equal('email');
    expect(inputOf(reset, 'email').type).to.equal('email');
    await expect(reset).to.be.accessible();

    await requestLink(reset, 'e.jansen', 'els.jansen@example.nl');
    await untilHeading(reset, 'Kijk in uw e-mail');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the answer');
    const answer = textOf(reset);
    expect(answer).to.contain(
      'Als deze gegevens bij een account horen, ontvangt u een e-mail met een link.',
    );
    expect(await emails()).to.have.length(1);
    await expect(reset).to.be.accessible();

    const other = await resetPage();
    await requestLink(other.reset, 'niemand.bekend', 'niemand@example.nl');
    await untilHeading(other.reset, 'Kijk in uw e-mail');
    expect(textOf(other.reset)).to.equal(answer);
    expect(await emails()).to.have.length(1);
  });

  it('checks the fields before sending: missing, too long, not an e-mail address', async () => {
    const { reset } = await resetPage();
    await click(reset, 'Link aanvragen');
    expect(await untilSummary(reset)).to.deep.equal([
      'Vul uw gebruikersnaam in.',
      'Vul uw e-mailadres in.',
    ]);
    await waitUntil(() => focused()?.id === 'summary', 'the summary has focus');
    await expect(reset).to.be.accessible();

    await requestLink(reset, 'x'.repeat(200), 'els.jansen@');
    await waitUntil(() => messageOf(reset, 'email').startsWith('Vul een e-mailadres in zoals'));
    expect(summaryOf(reset)).to.deep.equal([
      'Een gebruikersnaam heeft hoogstens 100 tekens. U heeft er 200 ingevuld.',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    ]);
    expect(inputOf(reset, 'email').value).to.equal('els.jansen@');
    expect(await emails()).to.have.length(0);
  });

  it('says when to ask again after too many links', async () => {
    const { provider, reset } = await resetPage();
    for (let i = 0; i < 5; i++) {
      await provider.client!.requestPasswordReset('e.jansen', 'els.jansen@example.nl');
    }
    await requestLink(reset, 'e.jansen', 'els.jansen@example.nl');
    expect(await untilSummary(reset)).to.deep.equal([
      'U heeft al een paar keer een link gevraagd. Kijk of de e-mail er al is, of vraag over 60 minuten een nieuwe link aan.',
    ]);
  });

  it('reads the token from the link, removes it from the address at once, and sets the new password', async () => {
    const { provider } = await resetPage();
    const token = await tokenFromEmail(provider);
    location.hash = `#reset-token=${token}`;
    const page = await resetPage();
    const reset = page.reset;
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain(token);
    expect(headingOf(reset)).to.equal('Nieuw wachtwoord kiezen');
    expect(inputOf(reset, 'new-password').autocomplete).to.equal('new-password');
    expect(textOf(reset)).to.contain('8 tot 128 tekens');
    await expect(reset).to.be.accessible();

    await retype(reset, 'username', 'e.jansen');
    await retype(reset, 'new-password', NEW_PASSWORD);
    await retype(reset, 'repeat-password', 'appeltaart');
    await click(reset, 'Wachtwoord wijzigen');
    await waitUntil(() => messageOf(reset, 'repeat-password') !== '');
    expect(messageOf(reset, 'repeat-password')).to.equal(
      'De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ ze nog eens.',
    );

    const done = oneEvent(reset, 'portal-password-reset');
    await chooseNewPassword(reset, 'e.jansen', NEW_PASSWORD);
    expect((await done).detail.username).to.equal('e.jansen');
    await untilHeading(reset, 'Uw wachtwoord is gewijzigd');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the result');
    await expect(reset).to.be.accessible();
    const closed = oneEvent(reset, 'portal-reset-closed');
    await click(reset, 'Naar inloggen');
    expect((await closed).detail.username).to.equal('e.jansen');

    const state = await page.provider.client!.signIn.start('e.jansen', NEW_PASSWORD);
    expect(state.step).to.equal('code');
  });

  it('says a link no longer works and offers a new one, keeping the username', async () => {
    location.hash = `#reset-token=${'a'.repeat(32)}`;
    const { reset } = await resetPage();
    await chooseNewPassword(reset, 'e.jansen', NEW_PASSWORD);
    const [message] = await untilSummary(reset);
    expect(message).to.match(/^Deze link werkt niet \(meer\), of de gebruikersnaam hoort niet/);
    expect(inputOf(reset, 'username').value).to.equal('e.jansen');
    await expect(reset).to.be.accessible();

    await click(reset, 'Nieuwe link aanvragen');
    await untilHeading(reset, 'Wachtwoord vergeten');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the request');
    expect(inputOf(reset, 'username').value).to.equal('e.jansen');
    expect(summaryOf(reset)).to.deep.equal([]);
  });

  it('says at once that a cut-off link cannot work, without sending it', async () => {
    location.hash = '#reset-token=abc123';
    const { reset } = await resetPage();
    expect(location.hash).to.equal('');
    expect(headingOf(reset)).to.equal('Deze link werkt niet');
    expect(rootOf(reset).querySelector('form')).to.equal(null);
    await expect(reset).to.be.accessible();
    await click(reset, 'Nieuwe link aanvragen');
    await untilHeading(reset, 'Wachtwoord vergeten');
  });
});

describe('portal-password-reset on a page of its own', () => {
  beforeEach(resetMock);

  it('links back to the sign-in page given, and only to this site or https', async () => {
    const provider = await portal(
      html`<portal-provider>
        <portal-password-reset sign-in-href="/inloggen.html"></portal-password-reset>
        <portal-password-reset sign-in-href="javascript:alert(1)"></portal-password-reset>
      </portal-provider>`,
    );
    const [own, unsafe] = [...provider.querySelectorAll('portal-password-reset')];
    await own!.updateComplete;
    const link = rootOf(own!).querySelector<HTMLAnchorElement>('a[part=back]')!;
    expect(link.textContent!.trim()).to.equal('Terug naar inloggen');
    expect(link.href).to.equal(new URL('/inloggen.html', location.href).href);
    expect(rootOf(unsafe!).querySelector('a[part=back]')).to.equal(null);
    expect(rootOf(unsafe!).querySelector('button[part=back]')).not.to.equal(null);
    await expect(own).to.be.accessible();
  });
});

describe('portal-login with the forgotten password', () => {
  beforeEach(async () => {
    await resetMock();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens "Wachtwoord vergeten?" in place of the sign-in and comes back with the username', async () => {
    const { login } = await loginPage();
    await untilHeading(login, 'Inloggen');
    await retype(login, 'username', 'e.jansen');
    await click(login, 'Wachtwoord vergeten?');
    const reset = () => rootOf(login).querySelector('portal-password-reset')!;
    await waitUntil(() => reset() && headingOf(reset()) === 'Wachtwoord vergeten', 'the reset');
    await waitUntil(() => focused()?.id === 'heading', 'focus on its heading');
    expect(rootOf(reset()).contains(focused())).to.equal(true);
    expect(inputOf(reset(), 'username').value).to.equal('e.jansen');
    await expect(login).to.be.accessible();

    await retype(reset(), 'username', 'm.devries');
    reset().shadowRoot!.querySelector<HTMLButtonElement>('[part=back]')!.focus();
    await sendKeys({ press: 'Enter' });
    await untilHeading(login, 'Inloggen');
    await waitUntil(() => focused()?.id === 'heading' && rootOf(login).contains(focused()));
    expect(inputOf(login, 'username').value).to.equal('m.devries');
  });

  it('follows a reset link when the page opens with one, then signs in with the new password', async () => {
    const first = await loginPage();
    const token = await tokenFromEmail(first.provider);
    location.hash = `#reset-token=${token}`;
    const { login } = await loginPage();
    const reset = () => rootOf(login).querySelector('portal-password-reset')!;
    expect(location.hash).to.equal('');
    await waitUntil(() => reset() && headingOf(reset()) === 'Nieuw wachtwoord kiezen');
    // Opening the page moves no focus.
    expect(focused()).to.equal(document.body);
    await chooseNewPassword(reset(), 'e.jansen', NEW_PASSWORD);
    await untilHeading(reset(), 'Uw wachtwoord is gewijzigd');
    await click(reset(), 'Naar inloggen');
    await untilHeading(login, 'Inloggen');
    expect(inputOf(login, 'username').value).to.equal('e.jansen');
    await retype(login, 'password', NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await untilHeading(login, 'Inlogcode per sms');
  });
});
