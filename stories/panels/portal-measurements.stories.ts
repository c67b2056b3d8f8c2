// Stories of <portal-measurements>: the measurements, for a start screen or per kind over a period.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-measurements/portal-measurements.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-measurements',
  component: 'portal-measurements',
  render: renderElement('portal-measurements'),
} satisfies Meta;
export default meta;

/** A client at home over the last month: per kind a chart and a table, blood pressure included. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** On a start screen: the newest value of each kind and "Alle metingen". */
export const Recent = stateStory('default', {}, { args: { mode: 'recent' } });

/** A parent of a child measured every morning. */
export const Child = stateStory('default', { user: 's.devries' });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** A client with no measurements in the period. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** A relative who was not given the measurements. */
export const Forbidden = stateStory('forbidden', { section: 'measurements' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };
