// Stories of <portal-logout>: the sign-out button and its confirmation.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-logout/portal-logout.js';
import { clickPart, part, untilPart } from '../support/as-user.js';
import { renderElement, stateStory, untilState } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-logout',
  component: 'portal-logout',
  render: renderElement('portal-logout'),
} satisfies Meta;
export default meta;

/** Opens the confirmation the way a user does. */
async function openConfirmation(context: StoryContext) {
  await clickPart(context, 'button');
  await waitFor(() => expect(part(context, 'dialog')).toHaveProperty('open', true));
}

/** Signed in: the button. */
export const Default = stateStory('default');

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

// The stories below move focus into a dialog; on the docs page that would scroll the page to
// them, so they are in the sidebar only.

/** "Weet u zeker dat u wilt uitloggen?" with Ja and Nee; focus on Nee. */
export const ConfirmationOpen: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory('default', {}, { play: openConfirmation }),
};

/** The same in English. */
export const ConfirmationEnglish: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory('default', {}, { globals: { locale: 'en' }, play: openConfirmation }),
};

/** Ja: signed out, and the element says so where the button was. */
export const SignedOutByYes: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: async (context) => {
        await openConfirmation(context);
        await clickPart(context, 'yes');
        await untilPart(context, 'done');
      },
    },
  ),
};

/**
 * The server cannot be reached when Ja is chosen: the page is signed out all the same (the
 * session ends on the server when it expires).
 */
export const ErrorState: StoryObj = {
  tags: ['!autodocs'],
  parameters: { portal: { state: 'error', scope: '/auth/sign-out' } },
  play: async (context) => {
    await untilState('default')(context);
    await openConfirmation(context);
    await clickPart(context, 'yes');
    await untilPart(context, 'done');
  },
};
