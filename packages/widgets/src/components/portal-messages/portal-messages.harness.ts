// What the messages tests share: a signed-in panel, its parts, and typing as a person does.
import { html, waitUntil } from '../../../test/testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mockBackend, portal, signIn, textOf } from '../../../test/harness.js';
import './portal-messages.js';
import type { PortalMessages } from './portal-messages.component.js';

/** A messages panel in the given mode inside a provider, signed in as `user` (Sanne by default). */
export async function messagesPanel(
  mode: 'recent' | 'full' = 'full',
  user = 's.devries',
): Promise<PortalMessages> {
  // Tall enough for the composer (with its attachments) and the conversation below it: the
  // virtualized list draws rows only while it is in view.
  await setViewport({ width: 1024, height: 1400 });
  const provider = await portal(
    html`<portal-provider locale="nl"
      ><portal-messages mode=${mode}></portal-messages
    ></portal-provider>`,
  );
  if (user) await signIn(provider, user);
  return provider.querySelector('portal-messages')!;
}

/** The first element in the panel's shadow root that matches. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** Every element in the panel's shadow root that matches. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Waits up to 10 s (the machine may be busy) until `condition` holds. */
export function waitFor(condition: () => unknown, message?: string, timeout = 10_000) {
  return waitUntil(condition, message, { timeout });
}

/** Waits until the panel shows `text`. */
export async function until(el: Element, text: string, timeout = 10_000): Promise<void> {
  await waitUntil(() => textOf(el).includes(text), `shows "${text}"; shows ${textOf(el)}`, {
    timeout,
  });
}

/** Focuses the message field and types into it, as a person does. */
export async function typeMessage(el: Element, text: string): Promise<void> {
  const field = $(el, '#text') as HTMLTextAreaElement;
  field.focus();
  await sendKeys({ type: text });
}

/** Ticks the recipient whose label contains `name`. */
export function tick(el: Element, name: string): void {
  const label = $$(el, 'label.check').find((l) => l.textContent!.includes(name));
  if (!label) throw new Error(`no recipient ${name}`);
  label.querySelector('input')!.click();
}

/** The messages the mock stores, newest last. */
export async function stored(): Promise<Array<{ body: string; conversationId: string }>> {
  const { backend } = await mockBackend();
  return backend.db.messages;
}
