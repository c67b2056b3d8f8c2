// Checks the story setup itself: the loader signs the user in and sets the state of the backend.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PortalParameters } from '../support/portal-parameters.js';
import './story-session-check.js';

/** The story setup: which session the mock backend has before a story renders. */
const meta: Meta = {
  title: 'Storybook/Setup check',
  tags: ['!autodocs'],
  render: () => html`<story-session-check></story-session-check>`,
};
export default meta;

type Story = StoryObj;
const portal = (p: PortalParameters) => ({ portal: p });

/** The default user, signed in. */
export const SignedIn: Story = {};

/** A parent acting for two children. */
export const Parent: Story = { parameters: portal({ user: 's.devries' }) };

/** Nobody signed in. */
export const SignedOut: Story = { parameters: portal({ user: null }) };

/** Every answer fails (`scope: 'all'`). */
export const ErrorState: Story = {
  parameters: portal({ state: 'error', scope: 'all' }),
};
