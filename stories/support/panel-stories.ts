// Helpers that make a panel's stories a few lines: the meta, a render from the args, state stories.
import type { ArgTypes, Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { PortalParameters, PortalState } from './portal-parameters.js';

/** The shadow parts of the data states every panel shows (see controllers/portal-data.ts). */
const stateParts = ['loading', 'empty', 'error', 'forbidden'] as const;

/** Creates the element and gives it the story's args the way its manifest describes them. */
export function renderElement(tag: string) {
  return (args: Args, { argTypes }: { argTypes: ArgTypes }): HTMLElement => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      const argType = argTypes[name];
      const category = argType?.table?.category;
      const action = (argType as { action?: { name?: string } } | undefined)?.action?.name;
      if (action && typeof value === 'function') {
        element.addEventListener(action, value as EventListener);
      } else if (category === 'css custom properties') {
        if (value) element.style.setProperty(name, String(value));
      } else if (category === 'attributes') {
        if (value === false || value === undefined || value === null) element.removeAttribute(name);
        else element.setAttribute(name, value === true ? '' : String(value));
      } else if (category === 'properties' || category === undefined) {
        (element as unknown as Record<string, unknown>)[name] = value;
      }
    }
    return element;
  };
}

/** The meta of a panel: its tag as title under Panels/, controls and docs from the manifest. */
export function panelMeta(tag: string, meta: Meta = {}): Meta {
  return { title: `Panels/${tag}`, component: tag, render: renderElement(tag), ...meta };
}

/** The story's element (the meta's `component`) and its shadow root, once it has one. */
function shadowOf({ canvasElement, component }: StoryContext): ShadowRoot {
  const root = canvasElement.querySelector(String(component))?.shadowRoot;
  if (!root) throw new Error(`<${String(component)}> has not rendered yet`);
  return root;
}

/**
 * A play function that waits (up to 10 s) until the panel shows `state`: its part for loading,
 * empty, error and forbidden; for default and large, content and none of those parts.
 */
export function untilState(state: PortalState) {
  return async (context: StoryContext): Promise<void> => {
    await waitFor(
      () => {
        const root = shadowOf(context);
        const shown = stateParts.filter((part) => root.querySelector(`[part~="${part}"]`));
        if (state === 'default' || state === 'large') {
          expect(shown).toEqual([]);
          expect(root.childElementCount).toBeGreaterThan(0);
        } else expect(shown).toContain(state);
      },
      { timeout: 10_000 },
    );
  };
}

/**
 * A story of the panel in one state, whose play function first waits until the panel shows it;
 * `portal` adds to `parameters.portal`, `story` adds anything else (args, globals, a `play` that
 * runs after the state is reached).
 */
export function stateStory(
  state: PortalState,
  portal: PortalParameters = {},
  story: StoryObj = {},
): StoryObj {
  const reached = untilState(state);
  return {
    ...story,
    parameters: { ...story.parameters, portal: { ...portal, state } },
    // First the state, then whatever the story does in it.
    play: async (context) => {
      await reached(context);
      await story.play?.(context);
    },
  };
}
