import { expect, oneEvent, waitUntil } from '../../../test/testing.js';
import { DEMO_PASSWORD, mockBackend, resetMock, textOf } from '../../../test/harness.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import type { PortalLogin } from './portal-login.component.js';
import {
  buttonOf,
  click,
  codeMessageOf,
  descriptionOf,
  enterPassword,
  focused,
  inputOf,
  labelOf,
  lastSms,
  loginPage,
  signedInShown,
  typeCode,
  untilHeading,
  untilSummary,
  wrongDigits,
} from './portal-login.harness.js';

/** Signs out through the SDK and waits for the sign-in form. */
async function signOut(provider: PortalProvider, login: PortalLogin) {
  await provider.client!.session.signOut();
  await untilHeading(login, 'Inloggen');
  // The next person at this computer does not find the username.
  expect(inputOf(login, 'username').value).to.equal('');
}

describe('portal-login: device verification (C2, policy new-device)', () => {
  beforeEach(async () => {
    const { backend } = await resetMock();
    backend.reset({ codePolicy: 'new-device' });
  });
  after(async () => (await mockBackend()).backend.reset({ codePolicy: 'every-sign-in' }));

  it('sends the code at once, checks it with "Code controleren" and remembers the device', async () => {
    const { provider, login } = await loginPage();
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await untilHeading(login, 'Apparaat verificatie');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the new step');
    const sms = await lastSms('s.devries');
    expect(textOf(login)).to.contain(
      `Er is een sms verstuurd naar 06-•••••344; de code begint met ${sms.prefix}.`,
    );
    expect(textOf(login)).not.to.contain('SMS-inlogcode aanvragen');
    const trust = inputOf(login, 'trust');
    expect(labelOf(trust)).to.equal('Dit apparaat onthouden');
    expect(trust.checked).to.equal(true);
    expect(descriptionOf(login, trust)).to.contain('computer die u met anderen deelt');
    await expect(login).to.be.accessible();

    await typeCode(login, sms.digits);
    const signedIn = oneEvent(provider, 'portal-signed-in');
    await click(login, 'Code controleren');
    await signedIn;
    await waitUntil(() => signedInShown(login), 'signed in');

    // The next time on this device: no code.
    await signOut(provider, login);
    const sent = (await mockBackend()).backend.outbox().length;
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await waitUntil(() => signedInShown(login), 'signed in without a code');
    expect((await mockBackend()).backend.outbox().length).to.equal(sent);
  });

  it('asks again next time when the device is not remembered', async () => {
    const { provider, login } = await loginPage();
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await untilHeading(login, 'Apparaat verificatie');
    await typeCode(login, (await lastSms('s.devries')).digits);
    inputOf(login, 'trust').click();
    expect(inputOf(login, 'trust').checked).to.equal(false);
    await click(login, 'Code controleren');
    await waitUntil(() => signedInShown(login), 'signed in');

    await signOut(provider, login);
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await untilHeading(login, 'Apparaat verificatie');
    // What was typed and chosen the first time is forgotten.
    expect(inputOf(login, 'trust').checked).to.equal(true);
  });

  it('says a wrong code is wrong, with the tries left', async () => {
    const { login } = await loginPage();
    await enterPassword(login, 's.devries', DEMO_PASSWORD);
    await untilHeading(login, 'Apparaat verificatie');
    await typeCode(login, wrongDigits((await lastSms('s.devries')).digits));
    await click(login, 'Code controleren');
    expect(await untilSummary(login)).to.deep.equal([
      'De code klopt niet. U kunt het nog 4 keer proberen.',
    ]);
    expect(codeMessageOf(login)).to.equal('De code klopt niet. U kunt het nog 4 keer proberen.');
    expect(buttonOf(login, 'Stuur een nieuwe code').disabled).to.equal(true);
    await expect(login).to.be.accessible();
  });
});
