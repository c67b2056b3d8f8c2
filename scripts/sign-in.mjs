// Signing in on a page with <portal-login>, in Playwright, as a person does: click a field, type,
// press Enter; the SMS code read from the mock's outbox (`GET /__dev/outbox`).

/** The password of the demo accounts that are ready to use (see the mock's seed). */
export const DEMO_PASSWORD = 'zonnebloem-2026';

/** The code of the last SMS in the outbox at `outboxUrl`, without its prefix. */
async function lastCode(outboxUrl) {
  const outbox = await (await fetch(outboxUrl)).json();
  const sms = outbox.filter((m) => m.channel === 'sms' && m.code).at(-1);
  if (!sms) throw new Error('No SMS code in the outbox');
  return sms.code.split('-')[1];
}

/** Waits until the username field can be typed in (the sign-in form is shown). */
export async function untilSignInForm(page) {
  await field(page, 'Gebruikersnaam').waitFor({ state: 'visible', timeout: 20000 });
}

/** The text field a person finds by this label. */
const field = (page, label) => page.getByRole('textbox', { name: label, exact: true });

/** Types into the field with this label after clicking it. */
async function typeInto(page, label, text) {
  await field(page, label).click();
  await page.keyboard.type(text);
}

/** Username and password, then the SMS code, until the provider says `portal-signed-in`. */
export async function signIn(page, { username, password = DEMO_PASSWORD, outboxUrl }) {
  await untilSignInForm(page);
  await page.evaluate(() => {
    globalThis.__signedIn = new Promise((done) =>
      document.addEventListener('portal-signed-in', () => done(true), { once: true }),
    );
  });
  await typeInto(page, 'Gebruikersnaam', username);
  await typeInto(page, 'Wachtwoord', password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'SMS-inlogcode aanvragen' }).click({ timeout: 20000 });
  await field(page, 'Inlogcode').waitFor({ state: 'visible', timeout: 20000 });
  await typeInto(page, 'Inlogcode', await lastCode(outboxUrl));
  await page.keyboard.press('Enter');
  await page.evaluate(() => globalThis.__signedIn);
}
