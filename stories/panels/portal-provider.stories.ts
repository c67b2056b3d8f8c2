// Stories of <portal-provider>: the element that connects the panels inside it to the API.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-sync-status/portal-sync-status.js';
import '../../packages/widgets/src/components/portal-logout/portal-logout.js';
import { renderElement } from '../support/panel-stories.js';

const meta = {
  title: 'Platform/portal-provider',
  component: 'portal-provider',
  // The story renders the provider itself, so its attributes and events are the story's args.
  parameters: { portal: { provider: false } },
  argTypes: {
    locale: { control: 'inline-radio', options: ['nl', 'en'] },
    client: { control: false },
  },
  render: (args, context) => {
    const provider = renderElement('portal-provider')(args, context);
    if (!provider.hasAttribute('locale')) provider.setAttribute('locale', context.globals.locale);
    const header = document.createElement('header');
    header.append(document.createElement('portal-logout'));
    const main = document.createElement('main');
    main.append(document.createElement('portal-sync-status'));
    provider.append(header, main);
    return provider;
  },
} satisfies Meta;
export default meta;

/** Waits until the panels inside have rendered their content (or nothing, signed out). */
const untilPanels = (signedIn: boolean) => async (context: StoryContext) => {
  const panel = context.canvasElement.querySelector('portal-sync-status');
  await waitFor(
    () => expect(panel?.shadowRoot?.querySelector('[part~="last"]') ? true : false).toBe(signedIn),
    { timeout: 10_000 },
  );
};

/** Two panels far apart in the page, one provider: the sign-out button and the sync status. */
export const SignedIn: StoryObj = { play: untilPanels(true) };

/** Nobody signed in: the panels show nothing. */
export const SignedOut: StoryObj = {
  parameters: { portal: { user: null, provider: false } },
  play: untilPanels(false),
};

/** `locale="en"` on the provider: every panel inside speaks English. */
export const English: StoryObj = { args: { locale: 'en' }, play: untilPanels(true) };
