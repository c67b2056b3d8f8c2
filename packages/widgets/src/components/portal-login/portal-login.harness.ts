// For the browser tests of <portal-login> and <portal-password-reset>: a page with the panel,
// and the things a user does and sees, by label, heading and message rather than by internals.
import { html, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { mockBackend, portal, textOf } from '../../../test/harness.js';
import { deepActiveElement } from '../../ui/focus.js';
import type { PortalCodeInput } from '../../ui/code-input/portal-code-input.component.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import type { PortalLogin } from './portal-login.component.js';
import './portal-login.js';

/** The password of the accounts that sign in for the first time (see the mock's seed). */
export const FIRST_PASSWORD = 'welkom-tijdelijk';

/** A page with the sign-in panel (and `beside` it, other panels) inside a provider. */
export async function loginPage(
  options: { locale?: 'nl' | 'en'; beside?: TemplateResult } = {},
): Promise<{ provider: PortalProvider; login: PortalLogin }> {
  const provider = await portal(
    html`<portal-provider locale=${options.locale ?? 'nl'}>
      <portal-login></portal-login>${options.beside ?? ''}
    </portal-provider>`,
  );
  const login = provider.querySelector('portal-login')!;
  await login.updateComplete;
  return { provider, login };
}

/** The shadow root of a panel. */
export const rootOf = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text of the current step's heading ('' when nothing is shown). */
export function headingOf(el: Element): string {
  return rootOf(el).querySelector('#heading')?.textContent?.trim() ?? '';
}

/** Whether the panel says "U bent ingelogd." in place of the form (signed in here). */
export const signedInShown = (el: Element): boolean =>
  rootOf(el).querySelector('[part=signed-in]')?.textContent?.trim() === 'U bent ingelogd.';

/** Waits until the panel shows the step with this heading. */
export async function untilHeading(el: Element, heading: string): Promise<void> {
  await waitUntil(() => headingOf(el) === heading, `heading "${heading}", not "${headingOf(el)}"`, {
    timeout: 5000,
  });
}

/** The element that has focus, seen through shadow roots. */
export const focused = (): HTMLElement | null => deepActiveElement();

/** An input of the panel by its id. */
export function inputOf(el: Element, id: string): HTMLInputElement {
  const input = rootOf(el).getElementById(id);
  if (!(input instanceof HTMLInputElement)) throw new Error(`No input #${id}`);
  return input;
}

/** The label a user reads for an input. */
export const labelOf = (input: HTMLInputElement): string =>
  input.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Clicks into a field and types, as a user does. */
export async function typeInto(el: Element, id: string, text: string): Promise<void> {
  inputOf(el, id).focus();
  await sendKeys({ type: text });
}

/** Selects what a field holds and types over it. */
export async function retype(el: Element, id: string, text: string): Promise<void> {
  const input = inputOf(el, id);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** What a button says, without what is hidden from screen readers (an icon). */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spoken).join('');
}

/** A button of the panel by what it says (its start, so hidden context may follow). */
export function buttonOf(el: Element, text: string): HTMLButtonElement {
  const found = [...rootOf(el).querySelectorAll('button')].find((b) =>
    spoken(b).replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`No button "${text}" in ${el.localName}: ${textOf(el)}`);
  return found;
}

/** Clicks a button by what it says. */
export async function click(el: Element, text: string): Promise<void> {
  buttonOf(el, text).click();
  await (el as PortalLogin).updateComplete;
}

/** The lines of the problem summary. */
export function summaryOf(el: Element): string[] {
  return [...rootOf(el).querySelectorAll('#summary li')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

/** Waits until the summary shows, and returns its lines. */
export async function untilSummary(el: Element): Promise<string[]> {
  await waitUntil(() => summaryOf(el).length > 0, 'a problem summary', { timeout: 5000 });
  return summaryOf(el);
}

/** The message next to a field (without the hidden "Fout:"). */
export function messageOf(el: Element, id: string): string {
  const message = rootOf(el).getElementById(`${id}-error`);
  const hidden = message?.querySelector('.visually-hidden')?.textContent ?? '';
  return (message?.textContent ?? '').replace(hidden, '').replace(/\s+/g, ' ').trim();
}

/** What a screen reader reads as an input's description. */
export function descriptionOf(el: Element, input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const text = (id: string) => rootOf(el).getElementById(id)?.textContent ?? '';
  return ids.map((id) => text(id).replace(/\s+/g, ' ').trim()).join(' | ');
}

/** The SMS-code field of the code step. */
export function codeInputOf(el: Element): PortalCodeInput {
  const input = rootOf(el).querySelector('portal-code-input');
  if (!input) throw new Error('No code field');
  return input;
}

/** The message next to the code field. */
export function codeMessageOf(el: Element): string {
  return codeInputOf(el).shadowRoot!.querySelector('[part=message]')!.textContent!.trim();
}

/** Types into the code field. */
export async function typeCode(el: Element, text: string): Promise<void> {
  const input = codeInputOf(el);
  input.shadowRoot!.querySelector('input')!.select();
  input.focus();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await input.updateComplete;
}

/** Pastes `text` into the field that has focus after `focus()`, the way a user does (Ctrl+V). */
export async function paste(focus: () => void, text: string): Promise<void> {
  const source = document.createElement('textarea');
  source.value = text;
  document.body.append(source);
  source.select();
  await sendKeys({ press: 'Control+C' });
  source.remove();
  focus();
  await sendKeys({ press: 'Control+V' });
}

/** The SMS the mock sent last to a user: `{ prefix, digits, full }`. */
export async function lastSms(username: string) {
  const { backend } = await mockBackend();
  const full = backend.lastCode(username);
  if (!full) throw new Error(`No SMS for ${username}`);
  const [prefix, digits] = full.split('-') as [string, string];
  return { prefix, digits, full };
}

/** A wrong code: the right one with its last digit changed. */
export const wrongDigits = (digits: string): string =>
  digits.slice(0, 5) + String((Number(digits[5]) + 1) % 10);

/** Username and password typed and sent, as a user does. */
export async function enterPassword(
  el: PortalLogin,
  username: string,
  password: string,
  heading = 'Inloggen',
): Promise<void> {
  await untilHeading(el, heading);
  await retype(el, 'username', username);
  await retype(el, 'password', password);
  await sendKeys({ press: 'Enter' });
}

/** From the password step through the SMS code (policy `every-sign-in`). */
export async function throughCode(el: PortalLogin, username: string, password: string) {
  await enterPassword(el, username, password);
  await untilHeading(el, 'Inlogcode per sms');
  await click(el, 'SMS-inlogcode aanvragen');
  await waitUntil(() => rootOf(el).querySelector('portal-code-input'), 'the code field');
  await typeCode(el, (await lastSms(username)).digits);
  await click(el, 'Inloggen');
}
