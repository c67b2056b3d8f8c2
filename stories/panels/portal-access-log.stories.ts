// Stories of <portal-access-log>: who looked at or changed the record (X5, NEN 7513).
import type { Meta } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-access-log/portal-access-log.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-access-log',
  component: 'portal-access-log',
  render: renderElement('portal-access-log'),
} satisfies Meta;
export default meta;

/** The last 7 days of Els Jansen's record: care staff in the care record, Els in the portal. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent looking at their child's record, with two contacts and three care staff. */
export const Parent = stateStory('default', { user: 's.devries' });

/** Nobody opened the record in the period. */
export const Empty = stateStory('empty');

/** The large data set: the list stays smooth and pages in as it is scrolled. */
export const Large = stateStory('large', { user: 's.devries' });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** The client did not grant this person the access log. */
export const Forbidden = stateStory('forbidden', { section: 'access-log' });
