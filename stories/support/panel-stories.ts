// Helpers that make a panel's stories a few lines: the meta, a render from the args, state stories.
import type { ArgTypes, Args, Meta, StoryObj } from '@storybook/web-components-vite';
import type { PortalParameters, PortalState } from './portal-parameters.js';

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

/**
 * A story of the panel in one state; `portal` adds to `parameters.portal`, `story` adds anything
 * else (args, play, a name).
 */
export function stateStory(
  state: PortalState,
  portal: PortalParameters = {},
  story: StoryObj = {},
): StoryObj {
  return {
    ...story,
    parameters: { ...story.parameters, portal: { ...portal, state } },
  };
}
