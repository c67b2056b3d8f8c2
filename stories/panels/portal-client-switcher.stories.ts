// Stories of <portal-client-switcher>: whose portal is shown, and switching to another client (X7).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-client-switcher/portal-client-switcher.js';
import '../../packages/widgets/src/components/portal-sync-status/portal-sync-status.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-client-switcher',
  component: 'portal-client-switcher',
  // With a panel beside it that loads the chosen client's data again.
  render: (args, context) => {
    const page = document.createElement('div');
    page.style.setProperty('display', 'grid');
    page.style.setProperty('gap', '1rem');
    page.append(
      renderElement('portal-client-switcher')(args, context),
      document.createElement('portal-sync-status'),
    );
    return page;
  },
} satisfies Meta;
export default meta;

// No Loading, Empty, Error, Forbidden or Large: the list comes with the session, not from a call
// of its own. Only a person who acts for several clients sees the element.

/** The switcher's shadow root. */
function root(context: StoryContext): ShadowRoot {
  const found = context.canvasElement.querySelector('portal-client-switcher')?.shadowRoot;
  if (!found) throw new Error('<portal-client-switcher> has not rendered');
  return found;
}

/** Waits until the heading names the client whose portal is shown. */
const untilShown = (name: string) => async (context: StoryContext) => {
  await waitFor(() => expect(root(context).querySelector('h2')?.textContent).toContain(name), {
    timeout: 10_000,
  });
};

/** A parent acting for two children: Noah's portal is shown first. */
export const Default = stateStory('default', { user: 's.devries' }, { play: untilShown('Noah') });

/** The same in English. */
export const English = stateStory(
  'default',
  { user: 's.devries' },
  { globals: { locale: 'en' }, play: untilShown('Noah') },
);

/** Lotte chosen in the list and "Bekijken" pressed: every panel loads Lotte's data. */
export const SwitchedToLotte = stateStory(
  'default',
  { user: 's.devries' },
  {
    play: async (context) => {
      await untilShown('Noah')(context);
      await userEvent.selectOptions(root(context).querySelector('select')!, 'cl-lotte');
      await userEvent.click(root(context).querySelector('[part~="submit"]')!);
      await untilShown('Lotte')(context);
    },
  },
);

/** A client in their own portal: it says so, with no choice to make. */
export const OneClient = stateStory(
  'default',
  { user: 'e.jansen' },
  { play: untilShown('uw eigen portaal') },
);

/** A relative with one client (Noah's father): whose portal it is, with no choice to make. */
export const RelativeWithOneClient = stateStory(
  'default',
  { user: 'm.devries' },
  { play: untilShown('Noah') },
);

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };
