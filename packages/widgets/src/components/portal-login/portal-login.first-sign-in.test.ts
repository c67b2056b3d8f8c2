import { expect, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { verifyPassword } from '../../../../mock-server/src/core/secrets.js';
import { mockBackend, resetMock, textOf } from '../../../test/harness.js';
import type { PortalLogin } from './portal-login.component.js';
import {
  FIRST_PASSWORD,
  click,
  descriptionOf,
  enterPassword,
  focused,
  inputOf,
  labelOf,
  messageOf,
  retype,
  rootOf,
  summaryOf,
  throughCode,
  typeInto,
  untilHeading,
  untilSummary,
} from './portal-login.harness.js';
import { loginPage, signedInShown } from './portal-login.harness.js';

const NEW_PASSWORD = 'de linde in bloei';

/** Fills in the password-change form and sends it. */
async function changePassword(login: PortalLogin, current: string, next: string, repeat = next) {
  await retype(login, 'current-password', current);
  await retype(login, 'new-password', next);
  await retype(login, 'repeat-password', repeat);
  await click(login, 'Wachtwoord wijzigen');
}

describe('portal-login: first sign-in (C3, P2)', () => {
  beforeEach(resetMock);

  it('asks for a new password with the rules shown before typing, then the terms, then signs in', async () => {
    const { login } = await loginPage();
    await throughCode(login, 'h.visser', FIRST_PASSWORD);
    await untilHeading(login, 'Kies uw eigen wachtwoord');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the new step');
    const next = inputOf(login, 'new-password');
    expect(labelOf(inputOf(login, 'current-password'))).to.equal('Huidig wachtwoord');
    expect(labelOf(next)).to.equal('Nieuw wachtwoord');
    expect(labelOf(inputOf(login, 'repeat-password'))).to.equal('Herhaal het nieuwe wachtwoord');
    expect(inputOf(login, 'current-password').autocomplete).to.equal('current-password');
    expect(next.autocomplete).to.equal('new-password');
    expect(inputOf(login, 'repeat-password').autocomplete).to.equal('new-password');
    expect(descriptionOf(login, next)).to.equal(
      'Kies een wachtwoord van 8 tot 128 tekens. Verder zijn er geen regels. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.',
    );
    await expect(login).to.be.accessible();

    await changePassword(login, FIRST_PASSWORD, NEW_PASSWORD);
    await untilHeading(login, 'Gebruiksvoorwaarden');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the terms');
    await waitUntil(() => rootOf(login).querySelector('[part=terms]'), 'the terms loaded');
    const region = rootOf(login).querySelector<HTMLElement>('[part=terms]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(getComputedStyle(region).overflowY).to.equal('auto');
    expect(textOf(region)).to.contain('Gebruiksvoorwaarden cliëntportaal');
    expect(textOf(region)).to.contain('Deel uw account met niemand.');
    await expect(login).to.be.accessible();

    await click(login, 'Akkoord en verder');
    expect(await untilSummary(login)).to.deep.equal([
      'Vink aan dat u akkoord gaat met de gebruiksvoorwaarden.',
    ]);
    expect(inputOf(login, 'accept').getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(login, 'accept')).to.equal(
      'Vink aan dat u akkoord gaat met de gebruiksvoorwaarden.',
    );
    await expect(login).to.be.accessible();
    inputOf(login, 'accept').click();
    await click(login, 'Akkoord en verder');
    await waitUntil(() => signedInShown(login), 'signed in');

    const { backend } = await mockBackend();
    const henk = [...backend.db.users.values()].find((u) => u.username === 'h.visser')!;
    expect(await verifyPassword(NEW_PASSWORD, henk.passwordHash)).to.equal(true);
    expect(henk.acceptedTermsVersion).to.equal(backend.db.settings.terms.version);
  });

  it('checks the new password before sending it: missing, too short, not repeated the same', async () => {
    const { login } = await loginPage();
    await throughCode(login, 'h.visser', FIRST_PASSWORD);
    await untilHeading(login, 'Kies uw eigen wachtwoord');
    await click(login, 'Wachtwoord wijzigen');
    expect(await untilSummary(login)).to.deep.equal([
      'Vul uw huidige wachtwoord in.',
      'Vul een nieuw wachtwoord in.',
      'Vul het nieuwe wachtwoord nog een keer in.',
    ]);
    await waitUntil(() => focused()?.id === 'summary');
    await expect(login).to.be.accessible();

    await changePassword(login, FIRST_PASSWORD, 'kort', 'kort');
    await waitUntil(() => summaryOf(login).length === 1);
    expect(messageOf(login, 'new-password')).to.equal(
      'Kies een wachtwoord van minstens 8 tekens. Nu zijn het er 4.',
    );

    await changePassword(login, FIRST_PASSWORD, NEW_PASSWORD, 'de linde in bloei!');
    await waitUntil(() => messageOf(login, 'repeat-password') !== '');
    expect(messageOf(login, 'repeat-password')).to.equal(
      'De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ ze nog eens.',
    );
    expect(messageOf(login, 'new-password')).to.equal('');
    expect(inputOf(login, 'repeat-password').getAttribute('aria-invalid')).to.equal('true');
    // What was typed stays.
    expect(inputOf(login, 'new-password').value).to.equal(NEW_PASSWORD);
    expect(inputOf(login, 'repeat-password').value).to.equal('de linde in bloei!');

    await changePassword(login, FIRST_PASSWORD, FIRST_PASSWORD);
    await waitUntil(() => messageOf(login, 'new-password') !== '');
    expect(messageOf(login, 'new-password')).to.equal(
      'Kies een ander wachtwoord dan uw huidige wachtwoord.',
    );
    const { backend } = await mockBackend();
    const henk = [...backend.db.users.values()].find((u) => u.username === 'h.visser')!;
    expect(await verifyPassword(FIRST_PASSWORD, henk.passwordHash)).to.equal(true);
  });

  it('says when the current password is wrong or the new one too easy to guess', async () => {
    const { login } = await loginPage();
    await throughCode(login, 'h.visser', FIRST_PASSWORD);
    await untilHeading(login, 'Kies uw eigen wachtwoord');
    await changePassword(login, 'niet-het-goede', NEW_PASSWORD);
    await untilSummary(login);
    expect(messageOf(login, 'current-password')).to.equal(
      'Het huidige wachtwoord klopt niet. Let op hoofdletters en kleine letters.',
    );

    await changePassword(login, FIRST_PASSWORD, 'Wachtwoord123');
    await waitUntil(() => messageOf(login, 'new-password') !== '');
    expect(messageOf(login, 'new-password')).to.equal(
      'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
    );
    expect(messageOf(login, 'current-password')).to.equal('');
    await expect(login).to.be.accessible();
  });

  it('shows the passwords on request and hides them again when sending', async () => {
    const { login } = await loginPage();
    await throughCode(login, 'h.visser', FIRST_PASSWORD);
    await untilHeading(login, 'Kies uw eigen wachtwoord');
    await typeInto(login, 'current-password', 'niet-het-goede');
    await typeInto(login, 'new-password', NEW_PASSWORD);
    await click(login, 'Wachtwoord tonen');
    for (const id of ['current-password', 'new-password', 'repeat-password'])
      expect(inputOf(login, id).type).to.equal('text');
    // Still being typed: they stay shown.
    inputOf(login, 'current-password').focus();
    await sendKeys({ press: 'Enter' });
    await untilSummary(login);
    expect(inputOf(login, 'new-password').type).to.equal('text');
    // Sent: hidden, so a password manager offering to save sees password fields.
    await typeInto(login, 'repeat-password', NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => messageOf(login, 'current-password') !== '', 'refused');
    expect(inputOf(login, 'new-password').type).to.equal('password');
  });

  it('signs in with the new password afterwards', async () => {
    const { provider, login } = await loginPage();
    await throughCode(login, 'h.visser', FIRST_PASSWORD);
    await untilHeading(login, 'Kies uw eigen wachtwoord');
    await changePassword(login, FIRST_PASSWORD, NEW_PASSWORD);
    await untilHeading(login, 'Gebruiksvoorwaarden');
    await provider.client!.session.signOut();
    await enterPassword(login, 'h.visser', FIRST_PASSWORD);
    await untilSummary(login);
    expect(summaryOf(login)[0]).to.match(/^De gebruikersnaam of het wachtwoord klopt niet/);
  });
});
