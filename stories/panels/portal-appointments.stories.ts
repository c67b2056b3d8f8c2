// Stories of <portal-appointments>: the agenda and visit change requests (C7, X10).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fireEvent, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-appointments/portal-appointments.js';
import { renderElement, stateStory } from '../support/panel-stories.js';
import { clickPart, inOrder, rootOf, say, typeInto, untilPart } from '../support/as-user.js';
import { backend } from '../support/mock-backend.js';
import {
  answerVisitChange,
  openVisitChanges,
} from '../../packages/mock-server/src/handlers/visit-changes.js';

const meta = {
  title: 'Panels/portal-appointments',
  component: 'portal-appointments',
  render: renderElement('portal-appointments'),
} satisfies Meta;
export default meta;

/** Waits until the notice reads `text` (in the story's language). */
const untilNotice = (nl: string, en: string) => async (context: StoryContext) => {
  await waitFor(
    () =>
      expect(rootOf(context).querySelector('[part~="notice"]')?.textContent).toContain(say(nl, en)),
    { timeout: 10_000 },
  );
};

/** Clicks the first care appointment's button with this part. */
const onCare = (name: string) => async (context: StoryContext) => {
  await untilPart(context, name);
  await clickPart(context, name);
  await waitFor(() => expect(rootOf(context).querySelector('portal-dialog[open]')).toBeTruthy(), {
    timeout: 10_000,
  });
};

/** Els Jansen's agenda: care appointments and her own. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent: own appointments of both parents, one of them private. */
export const Parent = stateStory('default', { user: 's.devries' });

/** The week view. */
export const Week = stateStory(
  'default',
  {},
  {
    play: async (c) => {
      await userEvent.click(rootOf(c).querySelectorAll('[aria-pressed]')[1]!);
      await untilPart(c, 'week');
    },
  },
);

/** Waiting for the agenda. */
export const Loading = stateStory('loading');

/** No appointments in this period. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** Someone without the agenda section sees that they have no access. */
export const Forbidden = stateStory('forbidden', { section: 'appointments' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** "Afspraak toevoegen": the form, with the choice who may see it. */
export const AddForm = stateStory('default', {}, { play: (c) => clickPart(c, 'add') });

/** Saved without anything filled in: a message next to each field. */
export const AddEmpty = stateStory(
  'default',
  {},
  {
    play: inOrder(
      (c) => clickPart(c, 'add'),
      async (c) => {
        await untilPart(c, 'save');
        await clickPart(c, 'save');
        await waitFor(
          () => expect(rootOf(c).getElementById('title-error')?.textContent).not.toBe(''),
          { timeout: 10_000 },
        );
      },
    ),
  },
);

/**
 * A day that is already over: the form says so next to the start before anything is sent, and
 * keeps what was typed (the server answers a start in the past the same way: code `past`).
 */
export const PastStart = stateStory(
  'default',
  {},
  {
    play: inOrder(
      (c) => clickPart(c, 'add'),
      async (c) => {
        await untilPart(c, 'save');
        await typeInto(c, 'title', 'Tandarts');
        const past = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
        const times: [string, string][] = [
          ['day', past],
          ['start', '10:00'],
          ['end', '11:00'],
        ];
        // A date field takes its value the way the browser's own picker gives it.
        for (const [id, value] of times) {
          fireEvent.input(rootOf(c).getElementById(id)!, { target: { value } });
        }
        await clickPart(c, 'save');
        await waitFor(
          () =>
            expect(rootOf(c).getElementById('start-error')?.textContent).toContain(
              say('al voorbij', 'already passed'),
            ),
          { timeout: 10_000 },
        );
      },
    ),
  },
);

/** "Ik ben er niet" on a care appointment: the reason is required. */
export const NotHome = stateStory('default', {}, { play: onCare('not-home') });

/** A change request sent: its status shows on the appointment. */
export const RequestSent = stateStory(
  'default',
  {},
  {
    play: inOrder(
      onCare('not-home'),
      async (c) => {
        await userEvent.click(rootOf(c).getElementById('reason')!);
        await userEvent.keyboard('Ik ben die dag bij mijn dochter.');
        await clickPart(c, 'save');
      },
      untilNotice('verstuurd', 'sent'),
    ),
  },
);

/** "Kan het op een ander moment?": a reason and a proposed time. */
export const Reschedule = stateStory('default', {}, { play: onCare('reschedule') });

/**
 * The planner declined a change request with an answer (as the demo's developer panel does):
 * the appointment says so, with the planner's words.
 */
export const RequestDeclined = stateStory(
  'default',
  {},
  {
    play: inOrder(
      async (c) => RequestSent.play!(c as never),
      async () => {
        const request = openVisitChanges(backend.db)[0]!;
        answerVisitChange(backend.db, backend.clock.now(), request.id, {
          accept: false,
          text: 'Die dag lukt het niet. Wij komen zoals gepland.',
        });
      },
      // The next weeks and back again: the agenda is read anew.
      (c) => clickPart(c, 'later'),
      (c) => clickPart(c, 'earlier'),
      async (c) => {
        await waitFor(
          () =>
            expect(rootOf(c).querySelector('[part~="change-status"]')?.textContent).toContain(
              'Die dag lukt het niet.',
            ),
          { timeout: 10_000 },
        );
      },
    ),
  },
);
