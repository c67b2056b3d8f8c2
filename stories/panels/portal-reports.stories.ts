// Stories of <portal-reports>: the reports in the dossier, for a start screen or for a period.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-reports/portal-reports.js';
import { inOrder, part, rootOf, say } from '../support/as-user.js';
import { renderElement, stateStory, untilState } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-reports',
  component: 'portal-reports',
  render: renderElement('portal-reports'),
} satisfies Meta;
export default meta;

/** The last 7 days of a client at home, newest first, with the period and the download. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** On a start screen: the three newest and "Alle rapportages". */
export const Recent = stateStory('default', {}, { args: { mode: 'recent' } });

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** A client with no reports in the period. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** A relative who was not given the reports. */
export const Forbidden = stateStory('forbidden', { section: 'reports' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** Clicks the period choice with this label. */
const choose = (nl: string, en: string) => async (context: Parameters<typeof rootOf>[0]) => {
  const picker = part(context, 'period').shadowRoot!;
  const label = [...picker.querySelectorAll('label')].find(
    (l) => l.textContent!.trim() === say(nl, en),
  );
  await userEvent.click(label!);
};

/** A parent of a child with 10,000+ reports, over the last year: a list of any length. */
export const Large = stateStory(
  'large',
  { user: 's.devries' },
  {
    // The list is shown again once the chosen period has loaded: look for it each time.
    play: inOrder(choose('Laatste jaar', 'Last year'), async (context) => {
      await waitFor(
        () =>
          expect(
            part(context, 'list').shadowRoot?.querySelectorAll('[role="listitem"]').length,
          ).toBeGreaterThan(3),
        { timeout: 10_000 },
      );
    }),
  },
);

/** "Download als pdf": the PDF of the shown period is made and offered as a file. */
export const Download: StoryObj = {
  tags: ['!autodocs'],
  play: inOrder(untilState('default'), async (context) => {
    await userEvent.click(part(context, 'download'));
    await waitFor(
      () =>
        expect(part(context, 'download-status').textContent).toContain(
          say('De pdf is gedownload.', 'The PDF has been downloaded.'),
        ),
      { timeout: 10_000 },
    );
  }),
};
