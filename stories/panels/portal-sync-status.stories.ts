// Stories of <portal-sync-status>: how fresh the copied care record is.
import type { Meta } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-sync-status/portal-sync-status.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-sync-status',
  component: 'portal-sync-status',
  render: renderElement('portal-sync-status'),
} satisfies Meta;
export default meta;

// No Empty, Forbidden or Large: the status exists for every client and belongs to no section.

/** The last and next copy of the care record, for a client at home. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent, looking at the first of the two children they act for. */
export const Parent = stateStory('default', { user: 's.devries' });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');
