// What a story's play function does in a panel's shadow root, the way a user does it.
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';

/** The shadow root of the story's element (the meta's `component`). */
export function rootOf(context: StoryContext): ShadowRoot {
  const root = context.canvasElement.querySelector(String(context.component))?.shadowRoot;
  if (!root) throw new globalThis.Error(`<${String(context.component)}> has not rendered`);
  return root;
}

/** An element of the panel by its part name. */
export function part(context: StoryContext, name: string): HTMLElement {
  const found = rootOf(context).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new globalThis.Error(`No part "${name}" in <${String(context.component)}>`);
  return found;
}

/** Waits (up to 10 s) until the panel has the part. */
export async function untilPart(context: StoryContext, name: string): Promise<HTMLElement> {
  return waitFor(() => part(context, name), { timeout: 10_000 });
}

/** Waits until the panel's heading (`#heading`) reads `text`. */
export async function untilHeading(context: StoryContext, text: string): Promise<void> {
  await waitFor(
    () => expect(rootOf(context).getElementById('heading')?.textContent?.trim()).toBe(text),
    { timeout: 10_000 },
  );
}

/** Clicks into the field with this id and types, key by key. */
export async function typeInto(context: StoryContext, id: string, text: string): Promise<void> {
  const field = rootOf(context).getElementById(id);
  if (!field) throw new globalThis.Error(`No field #${id}`);
  await userEvent.click(field);
  await userEvent.keyboard(text);
}

/** Clicks the part. */
export async function clickPart(context: StoryContext, name: string): Promise<void> {
  await userEvent.click(part(context, name));
}

/** A play function made of steps, run one after the other. */
export function inOrder(...steps: ((context: StoryContext) => Promise<unknown>)[]) {
  return async (context: StoryContext): Promise<void> => {
    for (const step of steps) await step(context);
  };
}

/** Text in the story's language (the decorator sets the page's `lang`), for checks by text. */
export function say(nl: string, en: string): string {
  return document.documentElement.lang === 'en' ? en : nl;
}
