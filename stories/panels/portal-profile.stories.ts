// Stories of <portal-profile>: the client's details as recorded in the dossier (C11, P9).
import type { Meta } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-profile/portal-profile.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-profile',
  component: 'portal-profile',
  render: renderElement('portal-profile'),
} satisfies Meta;
export default meta;

// No Empty or Large: every client has one profile, of a few lines.

/** Els Jansen's details: personal, insurance, GP and her daughter as contact. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent looking at their child's details. */
export const Parent = stateStory('default', { user: 's.devries' });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** The client did not grant this person the profile section. */
export const Forbidden = stateStory('forbidden', { section: 'profile' });
