// Stories of <portal-dossier>: the care plan, reading, writing, and the timeline.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-dossier/portal-dossier.js';
import { inOrder, rootOf } from '../support/as-user.js';
import { renderElement, stateStory, untilState } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-dossier',
  component: 'portal-dossier',
  render: renderElement('portal-dossier'),
} satisfies Meta;
export default meta;

/** The reading tab with the reports and questionnaires, and the timeline. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** A client whose dossier is still empty. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** A person who was not given the reports. */
export const Forbidden = stateStory('forbidden', { section: 'reports' });

/** A child with 10,000+ reports: the timeline shows the newest, the list pages in. */
export const Large = stateStory('large', { user: 's.devries' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** "Schrijven", then "Opslaan in het dossier" with empty fields: a message beside each. */
export const WriteEmpty: StoryObj = {
  tags: ['!autodocs'],
  play: inOrder(untilState('default'), async (context) => {
    await userEvent.click(rootOf(context).querySelector<HTMLElement>('#tab-write')!);
    const submit = await waitFor(
      () => {
        const found = rootOf(context).querySelector<HTMLElement>('[part="submit"]');
        if (!found) throw new Error('The form is not there yet');
        return found;
      },
      { timeout: 10_000 },
    );
    await userEvent.click(submit);
    await waitFor(() => expect(rootOf(context).querySelector('[part="summary"]')).toBeTruthy());
  }),
};

/** "Plannen": the current care plan, its version and status, its goals and agreements. */
export const Plans: StoryObj = {
  tags: ['!autodocs'],
  play: inOrder(untilState('default'), async (context) => {
    await userEvent.click(rootOf(context).querySelector<HTMLElement>('#tab-plans')!);
    await waitFor(
      () => expect(rootOf(context).querySelector('[part="plan-section"]')).toBeTruthy(),
      { timeout: 10_000 },
    );
  }),
};
