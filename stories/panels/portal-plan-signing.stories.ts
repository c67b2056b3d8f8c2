// Stories of <portal-plan-signing>: the care plan's versions, signing and rejecting (P8).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-plan-signing/portal-plan-signing.js';
import { renderElement, stateStory } from '../support/panel-stories.js';
import { clickPart, inOrder, rootOf, say, untilPart } from '../support/as-user.js';

const meta = {
  title: 'Panels/portal-plan-signing',
  component: 'portal-plan-signing',
  render: renderElement('portal-plan-signing'),
} satisfies Meta;
export default meta;

/** The story's mock backend (set by the story loader). */
const backend = () => globalThis.portalMock!.backend;

/** Waits until the code field is there, then types `digits` (the right code by default) and Enter. */
const typeCode = (digits?: string) => async (context: StoryContext) => {
  const field = await waitFor(
    () => {
      // The field of the code input is in its own shadow root: a click on the host's middle
      // may land on its label or prefix and leave the focus where it was.
      const found = rootOf(context).querySelector('portal-code-input')?.shadowRoot;
      const input = found?.querySelector<HTMLInputElement>('input');
      if (!input) throw new Error('No code field yet');
      return input;
    },
    { timeout: 10_000 },
  );
  const code = digits ?? backend().lastCode('e.jansen')!.split('-')[1]!;
  await userEvent.click(field);
  await userEvent.keyboard(`${code}{Enter}`);
};

/** Waits until the notice reads `text` (in the story's language). */
const untilNotice = (nl: string, en: string) => async (context: StoryContext) => {
  const notice = await untilPart(context, 'notice');
  await waitFor(() => expect(notice.textContent).toContain(say(nl, en)), { timeout: 10_000 });
};

/** Version 2 awaits a decision; version 1 was signed months ago. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** Waiting for the versions. */
export const Loading = stateStory('loading');

/** No care plan yet. */
export const Empty = stateStory('empty');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** Someone without the plan section sees that they have no access. */
export const Forbidden = stateStory('forbidden', { section: 'plans' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** "Ondertekenen": the SMS code was sent, its prefix shown, the last 6 digits to type. */
export const SignCodeSent = stateStory('default', {}, { play: (c) => clickPart(c, 'sign') });

/** Signed with the right code: the decision shows at once. */
export const Signed = stateStory(
  'default',
  {},
  {
    play: inOrder((c) => clickPart(c, 'sign'), typeCode(), untilNotice('ondertekend', 'signed')),
  },
);

/** "Afkeuren" with a reason: the reason shows on the version. */
export const Rejected = stateStory(
  'default',
  {},
  {
    play: inOrder(
      (c) => clickPart(c, 'reject'),
      async (c) => {
        await untilPart(c, 'reason');
        await userEvent.click(rootOf(c).querySelector('#reason')!);
        await userEvent.keyboard('De avondzorg klopt niet.');
      },
      typeCode(),
      untilNotice('afgekeurd', 'rejected'),
    ),
  },
);

/** A wrong code: the message is next to the field, nothing is decided. */
export const WrongCode = stateStory(
  'default',
  {},
  {
    play: inOrder(
      (c) => clickPart(c, 'sign'),
      typeCode('000001'),
      async (c) =>
        waitFor(
          () =>
            expect(
              rootOf(c).querySelector('portal-code-input')?.getAttribute('error') ?? '',
            ).not.toBe(''),
          { timeout: 10_000 },
        ),
    ),
  },
);

/** The plan changed after the code was sent: refused, and the new version shown. */
export const PlanChanged = stateStory(
  'default',
  {},
  {
    play: inOrder(
      (c) => clickPart(c, 'sign'),
      // The plan changes once the code was sent for it, not before.
      (c) => untilPart(c, 'code'),
      async () => {
        const plans = backend().db.plans.filter((p) => p.clientId === 'cl-els');
        const current = plans.find((p) => p.status === 'awaiting-decision')!;
        current.status = 'superseded';
        backend().db.plans.push({
          ...current,
          id: 'pl-story',
          version: current.version + 1,
          status: 'awaiting-decision',
        });
      },
      typeCode(),
      untilNotice('intussen gewijzigd', 'changed in the meantime'),
    ),
  },
);
