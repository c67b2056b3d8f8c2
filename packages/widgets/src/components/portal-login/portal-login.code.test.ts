import { expect, html, oneEvent, waitUntil } from '../../../test/testing.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DEMO_PASSWORD, mockBackend, resetMock, textOf } from '../../../test/harness.js';
import '../portal-sync-status/portal-sync-status.js';
import type { PortalLogin } from './portal-login.component.js';
import {
  buttonOf,
  click,
  codeInputOf,
  codeMessageOf,
  enterPassword,
  focused,
  lastSms,
  loginPage,
  paste,
  rootOf,
  signedInShown,
  summaryOf,
  typeCode,
  untilHeading,
  untilSummary,
  wrongDigits,
} from './portal-login.harness.js';

/** Signed in with the password; the SMS code requested and its field shown. */
async function atCodeField(login: PortalLogin, username = 'e.jansen') {
  await enterPassword(login, username, DEMO_PASSWORD);
  await untilHeading(login, 'Inlogcode per sms');
  await click(login, 'SMS-inlogcode aanvragen');
  await waitUntil(() => rootOf(login).querySelector('portal-code-input'), 'the code field');
  return lastSms(username);
}

/** Waits until a new code was sent: the button waits again before another can be sent. */
async function untilNewCode(login: PortalLogin) {
  await waitUntil(() => buttonOf(login, 'Stuur een nieuwe code').disabled, 'a new code was sent');
}

const challengeOf = async () => {
  const { backend } = await mockBackend();
  return [...backend.db.challenges.values()].at(-1)!;
};

describe('portal-login: SMS code at every sign-in (P1)', () => {
  let clockShift = 0;
  beforeEach(async () => {
    clockShift = 0;
    await resetMock();
  });
  afterEach(async () => {
    const { backend } = await mockBackend();
    backend.clock.advance(-clockShift);
  });
  const shiftClock = async (ms: number) => {
    (await mockBackend()).backend.clock.advance(ms);
    clockShift += ms;
  };

  it('signs in end to end: password, "SMS-inlogcode aanvragen", the pasted code; every panel loads', async () => {
    const { provider, login } = await loginPage({
      beside: html`<portal-sync-status></portal-sync-status>`,
    });
    const sync = provider.querySelector('portal-sync-status')!;
    await enterPassword(login, 'e.jansen', DEMO_PASSWORD);
    await untilHeading(login, 'Inlogcode per sms');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the new step');
    expect(textOf(login)).to.contain('U krijgt elke keer een nieuwe code');
    await expect(login).to.be.accessible();

    buttonOf(login, 'SMS-inlogcode aanvragen').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rootOf(login).querySelector('portal-code-input'), 'the code field');
    await waitUntil(() => focused()?.id === 'heading', 'focus on the heading again');
    const sms = await lastSms('e.jansen');
    expect(textOf(login)).to.contain(
      `Er is een sms verstuurd naar 06-•••••111; de code begint met ${sms.prefix}.`,
    );
    expect(codeInputOf(login).prefix).to.equal(sms.prefix);
    const resend = buttonOf(login, 'Stuur een nieuwe code');
    expect(resend.disabled).to.equal(true);
    expect(textOf(login)).to.match(
      /Over (30|29|28) seconden kunt u een nieuwe code laten sturen\./,
    );
    await expect(login).to.be.accessible();

    const input = codeInputOf(login);
    await paste(() => input.focus(), sms.full);
    expect(input.value).to.equal(sms.digits);
    const signedIn = oneEvent(provider, 'portal-signed-in');
    await click(login, 'Inloggen');
    expect((await signedIn).detail.session.user.username).to.equal('e.jansen');
    await waitUntil(() => signedInShown(login), 'the sign-in panel is gone');
    await waitUntil(() => textOf(sync).includes('Laatst bijgewerkt'), 'the panel beside loads');
    await expect(login).to.be.accessible();
  });

  it('says a wrong code is wrong with the tries left, next to the field, and keeps it', async () => {
    const { login } = await loginPage();
    const sms = await atCodeField(login);
    await typeCode(login, wrongDigits(sms.digits));
    await click(login, 'Inloggen');
    const message = 'De code klopt niet. U kunt het nog 4 keer proberen.';
    expect(await untilSummary(login)).to.deep.equal([message]);
    expect(codeMessageOf(login)).to.equal(message);
    expect(codeInputOf(login).value).to.equal(wrongDigits(sms.digits));
    await waitUntil(() => focused()?.id === 'summary');
    await expect(login).to.be.accessible();

    (rootOf(login).querySelector('#summary a') as HTMLAnchorElement).click();
    expect(focused()).to.equal(codeInputOf(login).shadowRoot!.querySelector('input'));
    await typeCode(login, sms.digits);
    await click(login, 'Inloggen');
    await waitUntil(() => signedInShown(login), 'signed in');
  });

  it('clears the code after too many wrong tries and offers a new code at once', async () => {
    const { login } = await loginPage();
    const sms = await atCodeField(login);
    for (let i = 0; i < 5; i++) {
      await typeCode(login, wrongDigits(sms.digits));
      await click(login, 'Inloggen');
      const left = ['4 keer', '3 keer', '2 keer', 'één keer', 'te vaak'][i]!;
      await waitUntil(() => codeMessageOf(login).includes(left), `tries left: ${left}`);
    }
    const message =
      'U heeft te vaak een verkeerde code ingevuld. Deze code werkt niet meer. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".';
    expect(codeMessageOf(login)).to.equal(message);
    expect(summaryOf(login)).to.deep.equal([message]);
    expect(codeInputOf(login).value).to.equal('');
    expect(buttonOf(login, 'Stuur een nieuwe code').disabled).to.equal(false);
    await expect(login).to.be.accessible();

    await click(login, 'Stuur een nieuwe code');
    await untilNewCode(login);
    const next = await lastSms('e.jansen');
    expect(next.full).not.to.equal(sms.full);
    await waitUntil(() => focused() === codeInputOf(login).shadowRoot!.querySelector('input'));
    expect(codeMessageOf(login)).to.equal('');
    await typeCode(login, next.digits);
    await click(login, 'Inloggen');
    await waitUntil(() => signedInShown(login), 'signed in with the new code');
  });

  it('says an expired code has expired, and a new one works', async () => {
    const { login } = await loginPage();
    const sms = await atCodeField(login);
    await shiftClock(11 * 60_000);
    await typeCode(login, sms.digits);
    await click(login, 'Inloggen');
    await untilSummary(login);
    const message =
      'De code is verlopen. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".';
    expect(codeMessageOf(login)).to.equal(message);
    expect(codeInputOf(login).value).to.equal(sms.digits);
    await expect(login).to.be.accessible();

    await click(login, 'Stuur een nieuwe code');
    await untilNewCode(login);
    await typeCode(login, (await lastSms('e.jansen')).digits);
    await click(login, 'Inloggen');
    await waitUntil(() => signedInShown(login), 'signed in with the new code');
  });

  it('says when a new code can be sent if it is asked for too soon', async () => {
    const { login } = await loginPage();
    // The server's clock runs behind this browser's: the button looks ready, the server says wait.
    await shiftClock(-60_000);
    await atCodeField(login);
    const before = (await mockBackend()).backend.outbox().length;
    expect(buttonOf(login, 'Stuur een nieuwe code').disabled).to.equal(false);
    await click(login, 'Stuur een nieuwe code');
    const message =
      'U heeft net een code gekregen. Over 30 seconden kunt u een nieuwe code laten sturen.';
    expect(await untilSummary(login)).to.deep.equal([message]);
    expect(textOf(login)).to.contain(message);
    expect(buttonOf(login, 'Stuur een nieuwe code').disabled).to.equal(true);
    expect((await mockBackend()).backend.outbox().length).to.equal(before);
    await expect(login).to.be.accessible();
  });

  it('refuses 5 and 7 digits and letters without sending, and takes a pasted code with spaces', async () => {
    const { login } = await loginPage();
    const sms = await atCodeField(login);
    const tries = (await challengeOf()).attemptsLeft;

    await typeCode(login, '12345');
    // A real click: leaving the field shows its message, and the button must stay under the pointer.
    const button = buttonOf(login, 'Inloggen').getBoundingClientRect();
    const middle = [button.x + button.width / 2, button.y + button.height / 2];
    await sendMouse({ type: 'click', position: middle.map(Math.round) as [number, number] });
    expect(await untilSummary(login)).to.deep.equal(['Vul alle 6 cijfers in. Nu zijn het er 5.']);
    expect(codeMessageOf(login)).to.equal('Vul alle 6 cijfers in. Nu zijn het er 5.');

    await typeCode(login, '1234567');
    expect(codeMessageOf(login)).to.equal('De code heeft 6 cijfers. Nu zijn het er 7.');
    await click(login, 'Inloggen');
    await waitUntil(() => summaryOf(login)[0] === 'De code heeft 6 cijfers. Nu zijn het er 7.');

    await typeCode(login, '12a');
    expect(codeMessageOf(login)).to.contain('Typ alleen cijfers');
    expect(codeInputOf(login).value).to.equal('12');
    expect((await challengeOf()).attemptsLeft).to.equal(tries);
    await expect(login).to.be.accessible();

    const input = codeInputOf(login);
    await paste(
      () => input.focus(),
      ` ${sms.prefix} - ${sms.digits.slice(0, 3)} ${sms.digits.slice(3)} `,
    );
    expect(input.value).to.equal(sms.digits);
    await click(login, 'Inloggen');
    await waitUntil(() => signedInShown(login), 'signed in');
  });
});
