// Stories of <portal-care-team>: the staff directly involved, with "Bericht sturen" (C11).
import type { Meta } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-care-team/portal-care-team.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-care-team',
  component: 'portal-care-team',
  render: renderElement('portal-care-team'),
} satisfies Meta;
export default meta;

// No Large: a care team is a handful of people.

/** Els Jansen's care team; "Bericht sturen" fires `portal-message-requested` (see Actions). */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent looking at their child's care team. */
export const Parent = stateStory('default', { user: 's.devries' });

/** No care staff linked yet. */
export const Empty = stateStory('empty');

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** The client did not grant this person the profile section. */
export const Forbidden = stateStory('forbidden', { section: 'profile' });
