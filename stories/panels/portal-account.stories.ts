// Stories of <portal-account>: who is signed in, and changing the password (P3).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-account/portal-account.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-account',
  component: 'portal-account',
  render: renderElement('portal-account'),
} satisfies Meta;
export default meta;

// No Empty, Forbidden or Large: the account belongs to the person, not to a client's sections,
// and loads nothing. Loading is the wait after "Wachtwoord wijzigen" (Saving).

/** The shadow root of the panel. */
function root(context: StoryContext): ShadowRoot {
  const found = context.canvasElement.querySelector('portal-account')?.shadowRoot;
  if (!found) throw new globalThis.Error('<portal-account> has not rendered');
  return found;
}

/** Types the three passwords key by key, then presses Enter, as a person does. */
function changePassword(current: string, next: string, repeat = next) {
  return async (context: StoryContext) => {
    const form = await waitFor(
      () => {
        const found = root(context).querySelector('form');
        if (!found) throw new Error('The form is not there yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const fields = [current, next, repeat];
    for (const [i, id] of ['current-password', 'new-password', 'repeat-password'].entries()) {
      const value = fields[i]!;
      await userEvent.click(form.querySelector(`#${id}`)!);
      if (value) await userEvent.keyboard(value);
    }
    await userEvent.keyboard('{Enter}');
  };
}

/** Waits until the panel shows a part. */
const untilPart = (name: string) => async (context: StoryContext) => {
  await waitFor(() => expect(root(context).querySelector(`[part~="${name}"]`)).toBeTruthy(), {
    timeout: 10_000,
  });
};

/** Does one thing after the other. */
const steps =
  (...all: ((context: StoryContext) => Promise<void>)[]) =>
  async (context: StoryContext) => {
    for (const step of all) await step(context);
  };

/** Signed in: name and username, the rules, and the empty form. */
export const Default = stateStory('default');

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** "Wachtwoord wijzigen" with nothing filled in: a message next to every field and a summary. */
export const EmptyForm = stateStory(
  'default',
  {},
  { play: steps(changePassword('', '', ''), untilPart('summary')) },
);

/** A new password that is too short, repeated wrongly: each gets its own message. */
export const TooShortAndMismatch = stateStory(
  'default',
  {},
  { play: steps(changePassword('zonnebloem-2026', 'kort', 'kort!'), untilPart('summary')) },
);

/** The server says the current password is wrong; what was typed stays. */
export const WrongCurrentPassword = stateStory(
  'default',
  {},
  { play: steps(changePassword('zonnebloem-2025', 'lente in de tuin'), untilPart('summary')) },
);

/** The server refuses a common password. */
export const CommonPassword = stateStory(
  'default',
  {},
  { play: steps(changePassword('zonnebloem-2026', 'wachtwoord123'), untilPart('summary')) },
);

/** Changed: the confirmation says the person is now signed out everywhere else. */
export const Changed = stateStory(
  'default',
  {},
  { play: steps(changePassword('zonnebloem-2026', 'lente in de tuin'), untilPart('done')) },
);

/** Waiting for the server's answer after "Wachtwoord wijzigen". */
export const Saving: StoryObj = {
  parameters: { portal: { state: 'loading', scope: '/auth/password' } },
  play: steps(changePassword('zonnebloem-2026', 'lente in de tuin'), async (context) => {
    await waitFor(
      () => expect(root(context).querySelector('[part~="busy"]')?.textContent).toMatch(/\S/),
      { timeout: 10_000 },
    );
  }),
};

/** The server cannot change the password now: a general message; what was typed stays. */
export const ErrorState: StoryObj = {
  parameters: { portal: { state: 'error', scope: '/auth/password' } },
  play: steps(changePassword('zonnebloem-2026', 'lente in de tuin'), untilPart('summary')),
};
