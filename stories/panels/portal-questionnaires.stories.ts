// Stories of <portal-questionnaires>: questionnaires to read and to fill in.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-questionnaires/portal-questionnaires.js';
import { inOrder, rootOf } from '../support/as-user.js';
import { renderElement, stateStory, untilState } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-questionnaires',
  component: 'portal-questionnaires',
  render: renderElement('portal-questionnaires'),
} satisfies Meta;
export default meta;

// No Large: a client gets a handful of questionnaires, never thousands.

/** An open questionnaire to fill in and a completed one to read. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** A client without questionnaires. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** A person who was not given the questionnaires. */
export const Forbidden = stateStory('forbidden', { section: 'questionnaires' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** "Invullen", then "Versturen" with nothing chosen: a message beside each required question. */
export const MissingAnswers: StoryObj = {
  tags: ['!autodocs'],
  play: inOrder(untilState('default'), async (context) => {
    const open = rootOf(context).querySelector<HTMLButtonElement>('[part="open"] button')!;
    await userEvent.click(open);
    const submit = await waitFor(
      () => {
        const found = rootOf(context).querySelector<HTMLButtonElement>('[part="submit"]');
        if (!found) throw new Error('The form is not there yet');
        return found;
      },
      { timeout: 10_000 },
    );
    await userEvent.click(submit);
    await waitFor(() => expect(rootOf(context).querySelector('[part="summary"]')).toBeTruthy());
  }),
};
