// Stories of <portal-user-management>: who has access to the client's portal (C12, P10).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-user-management/portal-user-management.js';
import { renderElement, stateStory } from '../support/panel-stories.js';
import { inOrder, rootOf, say, typeInto, untilPart } from '../support/as-user.js';

const meta = {
  title: 'Panels/portal-user-management',
  component: 'portal-user-management',
  render: renderElement('portal-user-management'),
} satisfies Meta;
export default meta;

// No Empty: the list always holds the signed-in person.

/** Fills in "Persoon toevoegen" key by key and presses Enter. */
const addPerson =
  (name: string, email: string, phone: string, relation: string) =>
  async (context: StoryContext) => {
    await untilPart(context, 'add-form');
    await typeInto(context, 'name', name);
    await typeInto(context, 'email', email);
    await typeInto(context, 'phone', phone);
    await typeInto(context, 'relation', relation);
    await userEvent.keyboard('{Enter}');
  };

/** Waits until the notice reads `text` (in the story's language). */
const untilNotice = (nl: string, en: string) => async (context: StoryContext) => {
  await waitFor(
    () =>
      expect(rootOf(context).querySelector('[part~="notice"]')?.textContent).toContain(say(nl, en)),
    { timeout: 10_000 },
  );
};

/** Els Jansen's portal: herself and her daughter Marieke with their sections. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent acting for a child: the other parent and grandma, who has no access yet. */
export const Parent = stateStory('default', { user: 's.devries' });

/** Waiting for the list. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** Someone without the user-management right sees that they have no access. */
export const Forbidden = stateStory('forbidden', { section: 'people' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** A neighbour added: in the list without any rights. */
export const PersonAdded = stateStory(
  'default',
  {},
  {
    play: inOrder(
      addPerson('Kees Bakker', 'kees@example.nl', '06 12345678', 'Buurman'),
      untilNotice('staat nu in de lijst', 'is now in the list'),
    ),
  },
);

/** An e-mail address and a mobile number that are not right: messages next to the fields. */
export const InvalidInput = stateStory(
  'default',
  {},
  {
    play: inOrder(addPerson('Kees Bakker', 'kees@voorbeeld', '06-12ab', 'Buurman'), (c) =>
      untilPart(c, 'summary'),
    ),
  },
);

/** A section ticked for a person without access: the e-mail with sign-in details goes out. */
export const SectionGranted = stateStory(
  'default',
  { user: 's.devries' },
  {
    play: inOrder(
      async (c) => {
        await untilPart(c, 'people');
        const joke = [...rootOf(c).querySelectorAll('[part~="person"]')].find((p) =>
          p.textContent?.includes('Joke'),
        )!;
        await userEvent.click(joke.querySelector('[data-section="appointments"]')!);
      },
      untilNotice('inloggegevens', 'sign-in details'),
    ),
  },
);

/** "Toegang intrekken": the confirmation. */
export const RevokeConfirm = stateStory(
  'default',
  {},
  {
    play: async (c) => {
      await untilPart(c, 'revoke');
      await userEvent.click(rootOf(c).querySelector('[part~="revoke"]')!);
      await untilPart(c, 'confirm-revoke');
    },
  },
);
