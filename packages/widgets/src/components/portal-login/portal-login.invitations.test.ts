import { expect, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetMock, textOf } from '../../../test/harness.js';
import type { PortalDialog } from '../../ui/dialog/portal-dialog.component.js';
import type { PortalLogin } from './portal-login.component.js';
import {
  FIRST_PASSWORD,
  buttonOf,
  click,
  focused,
  inputOf,
  loginPage,
  retype,
  rootOf,
  signedInShown,
  throughCode,
  untilHeading,
} from './portal-login.harness.js';

/** m.jansen's first sign-in up to the invitations: code, own password, terms. */
async function toInvitations(login: PortalLogin) {
  await throughCode(login, 'm.jansen', FIRST_PASSWORD);
  await untilHeading(login, 'Kies uw eigen wachtwoord');
  await retype(login, 'current-password', FIRST_PASSWORD);
  await retype(login, 'new-password', 'moeder kijkt mee');
  await retype(login, 'repeat-password', 'moeder kijkt mee');
  await click(login, 'Wachtwoord wijzigen');
  await untilHeading(login, 'Gebruiksvoorwaarden');
  await waitUntil(() => rootOf(login).querySelector('[part=accept]'), 'the terms loaded');
  inputOf(login, 'accept').click();
  await click(login, 'Akkoord en verder');
  await untilHeading(login, 'Uitnodigingen');
  await waitUntil(() => rootOf(login).querySelector('[part=invitation]'), 'the invitations');
}

const dialogOf = (login: PortalLogin) =>
  rootOf(login).querySelector('portal-dialog') as PortalDialog;

/** Waits until the dialog is open and its opening animation has run (axe measures mid-fade). */
async function untilDialogOpen(login: PortalLogin) {
  await waitUntil(() => dialogOf(login).open, 'the question');
  const native = dialogOf(login).shadowRoot!.querySelector('dialog')!;
  await Promise.all(native.getAnimations({ subtree: true }).map((a) => a.finished));
}

describe('portal-login: invitations (C5)', () => {
  beforeEach(resetMock);

  it("shows each invitation in plain words, and accepting it opens the client's portal", async () => {
    const { provider, login } = await loginPage();
    await toInvitations(login);
    await waitUntil(() => focused()?.id === 'heading', 'focus on the new step');
    const invitation = textOf(rootOf(login).querySelector('[part=invitation]')!);
    expect(invitation).to.contain('Portaal van Els Jansen');
    expect(invitation).to.match(/Els Jansen heeft u uitgenodigd op \w+dag \d+ \w+ \d{4}\./);
    expect(invitation).to.contain('Als u accepteert, kunt u dit zien:');
    expect(invitation).to.contain('Afspraken met de zorg');
    expect(invitation).to.contain('Metingen, zoals gewicht en temperatuur');
    expect(invitation).not.to.contain('appointments');
    await expect(login).to.be.accessible();

    const signedIn = oneEvent(provider, 'portal-signed-in');
    await click(login, 'Accepteren');
    const { session } = (await signedIn).detail;
    expect(session.clients.map((c: { name: string }) => c.name)).to.deep.equal(['Els Jansen']);
    await waitUntil(() => signedInShown(login), 'signed in');
  });

  it('asks before declining; "Nee" keeps the invitation, "Ja, weigeren" declines it', async () => {
    const { provider, login } = await loginPage();
    await toInvitations(login);
    buttonOf(login, 'Weigeren').focus();
    await sendKeys({ press: 'Enter' });
    await untilDialogOpen(login);
    expect(dialogOf(login).textContent).to.contain(
      'Weet u zeker dat u de uitnodiging voor het portaal van Els Jansen wilt weigeren?',
    );
    await expect(login).to.be.accessible();
    await sendKeys({ press: 'Enter' }); // "Nee" has focus
    await waitUntil(() => !dialogOf(login).open, 'closed');
    expect(textOf(login)).to.contain('Portaal van Els Jansen');

    await click(login, 'Weigeren');
    await untilDialogOpen(login);
    (dialogOf(login).querySelector('[part=decline-yes]') as HTMLButtonElement).click();
    await waitUntil(() => signedInShown(login), 'signed in');
    expect(provider.client!.session.getState().session!.clients).to.deep.equal([]);
  });
});
