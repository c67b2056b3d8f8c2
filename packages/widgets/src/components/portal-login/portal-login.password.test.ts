import { expect, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, resetMock, signIn, textOf } from '../../../test/harness.js';
import {
  click,
  descriptionOf,
  enterPassword,
  focused,
  headingOf,
  inputOf,
  labelOf,
  loginPage,
  messageOf,
  rootOf,
  signedInShown,
  summaryOf,
  typeInto,
  untilHeading,
  untilSummary,
} from './portal-login.harness.js';

describe('portal-login: username and password (C1)', () => {
  beforeEach(resetMock);

  it('asks for username and password with labels, autocomplete and a show-password toggle', async () => {
    const { login } = await loginPage();
    await untilHeading(login, 'Inloggen');
    const username = inputOf(login, 'username');
    const password = inputOf(login, 'password');
    expect(labelOf(username)).to.equal('Gebruikersnaam');
    expect(labelOf(password)).to.equal('Wachtwoord');
    expect(username.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    expect(username.name).to.equal('username');
    expect(username.form).to.be.instanceOf(HTMLFormElement);
    expect(textOf(login)).to.contain('Wachtwoord vergeten?');
    // Nothing steals focus when the page opens, and no field shows a message yet.
    expect(focused()).to.equal(document.body);
    expect(rootOf(login).querySelectorAll('.message:not(:empty)')).to.have.length(0);
    await expect(login).to.be.accessible();

    await typeInto(login, 'password', 'geheim');
    await click(login, 'Wachtwoord tonen');
    expect(password.type).to.equal('text');
    expect(password.value).to.equal('geheim');
    expect(
      rootOf(login).querySelector('[part=show-password]')!.getAttribute('aria-pressed'),
    ).to.equal('true');
    await click(login, 'Wachtwoord tonen');
    expect(password.type).to.equal('password');
  });

  it('shows no form while someone is signed in, and nothing on a page opened signed in', async () => {
    const { provider, login } = await loginPage();
    await signIn(provider);
    await waitUntil(() => signedInShown(login), 'says "U bent ingelogd." in place of the form');
    expect(rootOf(login).querySelector('input, button')).to.equal(null);
    await expect(login).to.be.accessible();

    const next = await loginPage();
    await waitUntil(
      () => next.provider.client?.session.getState().status === 'signed-in',
      'the next page finds the session',
    );
    await waitUntil(() => textOf(next.login) === '', 'and shows nothing');
    await expect(next.login).to.be.accessible();
  });

  it('says what is missing next to the fields and in a focused summary that links to them', async () => {
    const { login } = await loginPage();
    await untilHeading(login, 'Inloggen');
    await click(login, 'Inloggen');
    expect(await untilSummary(login)).to.deep.equal([
      'Vul uw gebruikersnaam in.',
      'Vul uw wachtwoord in.',
    ]);
    await waitUntil(() => focused()?.id === 'summary', 'the summary has focus');
    const username = inputOf(login, 'username');
    expect(username.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(login, username)).to.equal('Fout: Vul uw gebruikersnaam in.');
    expect(messageOf(login, 'password')).to.equal('Vul uw wachtwoord in.');
    await expect(login).to.be.accessible();

    (rootOf(login).querySelector('#summary a[href="#password"]') as HTMLAnchorElement).click();
    expect(focused()).to.equal(inputOf(login, 'password'));
    expect(location.hash).to.equal('');
  });

  it('refuses a username over 100 and a password over 128 characters without sending them', async () => {
    const { login } = await loginPage();
    const { backend } = await mockBackend();
    await untilHeading(login, 'Inloggen');
    await typeInto(login, 'username', 'a'.repeat(200));
    await typeInto(login, 'password', 'b'.repeat(129));
    await sendKeys({ press: 'Enter' });
    expect(await untilSummary(login)).to.deep.equal([
      'Een gebruikersnaam heeft hoogstens 100 tekens. U heeft er 200 ingevuld.',
      'Een wachtwoord heeft hoogstens 128 tekens. U heeft er 129 ingevuld.',
    ]);
    expect(inputOf(login, 'username').value).to.have.length(200);
    expect(backend.db.sessions.size).to.equal(0);
    expect([...backend.db.rate.keys()].filter((k) => k.startsWith('sign-in'))).to.deep.equal([]);
  });

  it('gives one message for a wrong password that does not tell whether the username exists, and keeps what was typed', async () => {
    const { login } = await loginPage();
    await enterPassword(login, 'e.jansen', 'verkeerd-wachtwoord');
    const wrongPassword = await untilSummary(login);
    expect(wrongPassword).to.have.length(1);
    expect(wrongPassword[0]).to.match(/^De gebruikersnaam of het wachtwoord klopt niet\./);
    await waitUntil(() => focused()?.id === 'summary', 'the summary has focus');
    expect(inputOf(login, 'username').value).to.equal('e.jansen');
    expect(inputOf(login, 'password').value).to.equal('verkeerd-wachtwoord');
    await expect(login).to.be.accessible();

    inputOf(login, 'username').select();
    await sendKeys({ type: 'niemand.bekend' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inputOf(login, 'username').value === 'niemand.bekend');
    await waitUntil(() => focused()?.id === 'summary', 'the summary has focus again');
    expect(summaryOf(login)).to.deep.equal(wrongPassword);
  });

  it('says how many seconds to wait after a few wrong passwords (a delay, not a lock)', async () => {
    const { login } = await loginPage();
    await enterPassword(login, 'e.jansen', 'verkeerd-1');
    const waiting = () => /Wacht \d/.test(summaryOf(login)[0] ?? '');
    for (let i = 2; i <= 8 && !waiting(); i++) {
      await untilSummary(login);
      inputOf(login, 'password').select();
      await sendKeys({ type: `verkeerd-${i}` });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused()?.id === 'summary', 'the answer is shown');
    }
    await waitUntil(waiting, 'a wait');
    expect(summaryOf(login)[0]).to.match(
      /^U heeft een paar keer een verkeerd wachtwoord ingevuld\. Wacht \d+ seconden? en probeer het dan opnieuw\. Weet u uw wachtwoord niet meer\? Kies dan "Wachtwoord vergeten\?"\.$/,
    );
    expect(summaryOf(login)[0]).not.to.contain('minuten');
    await expect(login).to.be.accessible();
    expect(headingOf(login)).to.equal('Inloggen');
  });
});
