// Stories of <portal-password-reset>: a forgotten password, by a link in an e-mail.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-password-reset/portal-password-reset.js';
import type { PortalProvider } from '../../packages/widgets/src/components/portal-provider/portal-provider.component.js';
import { renderElement, stateStory } from '../support/panel-stories.js';
import type { PortalParameters } from '../support/portal-parameters.js';

const meta = {
  title: 'Panels/portal-password-reset',
  component: 'portal-password-reset',
  render: renderElement('portal-password-reset'),
} satisfies Meta;
export default meta;

// No Loading, Empty, Forbidden or Large: the panel loads nothing; a slow or failed request is
// the sign-in's (see portal-login's Waiting and ServerDown).

/** The text in the story's language (the toolbar sets the page's `lang`). */
const say = (nl: string, en: string) => (document.documentElement.lang === 'en' ? en : nl);

/** The panel's shadow root. */
function rootOf(context: StoryContext): ShadowRoot {
  const root = context.canvasElement.querySelector('portal-password-reset')?.shadowRoot;
  if (!root) throw new globalThis.Error('<portal-password-reset> has not rendered');
  return root;
}

/** An element of the panel by its part name, once it is there. */
const partOf = (context: StoryContext, name: string) =>
  waitFor(
    () => {
      const found = rootOf(context).querySelector<HTMLElement>(`[part~="${name}"]`);
      if (!found) throw new globalThis.Error(`No part "${name}"`);
      return found;
    },
    { timeout: 10_000 },
  );

/** Waits until the heading reads `text`. */
async function untilHeading(context: StoryContext, text: string): Promise<void> {
  await waitFor(
    () => expect(rootOf(context).getElementById('heading')?.textContent?.trim()).toBe(text),
    { timeout: 10_000 },
  );
}

/** Waits until the problem summary names `text`. */
async function untilProblem(context: StoryContext, text: string): Promise<void> {
  const summary = await partOf(context, 'summary');
  await waitFor(() => expect(summary.textContent).toContain(text), { timeout: 10_000 });
}

/** Clicks into the field with this id and types. */
async function typeInto(context: StoryContext, id: string, text: string): Promise<void> {
  await userEvent.click(rootOf(context).getElementById(id)!);
  await userEvent.keyboard(text);
}

const clickPart = async (context: StoryContext, name: string) =>
  userEvent.click(await partOf(context, name));

/** The story's provider, whose client asks for links as the panel does. */
const clientOf = (context: StoryContext) =>
  context.canvasElement.querySelector<PortalProvider>('portal-provider')!.client!;

/** Opens a reset link for e.jansen: its token arrives in the page's address, as from the e-mail. */
async function openLink(context: StoryContext): Promise<void> {
  await clientOf(context).requestPasswordReset('e.jansen', 'els.jansen@example.nl');
  const link = globalThis.portalMock!.backend.outbox().findLast((m) => m.link)!.link!;
  location.hash = new URL(link).hash;
  await untilHeading(context, say('Nieuw wachtwoord kiezen', 'Choose a new password'));
}

/** The new password typed twice and sent. */
async function choose(context: StoryContext, password: string, repeat = password) {
  await typeInto(context, 'username', 'e.jansen');
  await typeInto(context, 'new-password', password);
  await typeInto(context, 'repeat-password', repeat);
  await clickPart(context, 'submit');
}

/** A story that acts in the panel: focus moves, so it is not on the docs page. */
function acting(play: StoryObj['play'], portal: PortalParameters = { user: null }): StoryObj {
  return { tags: ['!autodocs'], ...stateStory('default', portal, { play }) };
}

/** Username and e-mail address, to ask for a link. */
export const Request = stateStory('default', { user: null });

/** The same in English. */
export const RequestEnglish = stateStory('default', { user: null }, { globals: { locale: 'en' } });

/** On a page of its own, "Terug naar inloggen" is a link to the site's sign-in page. */
export const OwnPage: StoryObj = {
  args: { 'sign-in-href': '/inloggen.html' },
  parameters: { portal: { user: null } },
};

// The stories below act in the panel: focus moves, so they are not on the docs page.

/** The page was opened from the e-mail's link: choose a new password. */
export const FromTheLink = acting(openLink);

/** The same in English. */
export const FromTheLinkEnglish: StoryObj = { ...acting(openLink), globals: { locale: 'en' } };

/** The link was asked for: the same answer whether or not the account exists. */
export const Sent = acting(async (context) => {
  await typeInto(context, 'username', 'e.jansen');
  await typeInto(context, 'email', 'els.jansen@example.nl');
  await clickPart(context, 'submit');
  await untilHeading(context, say('Kijk in uw e-mail', 'Check your e-mail'));
});

/** Nothing filled in. */
export const MissingFields = acting(async (context) => {
  await clickPart(context, 'submit');
  await untilProblem(context, say('Vul uw e-mailadres in.', 'Enter your e-mail address.'));
});

/** Not an e-mail address: said before anything is sent. */
export const InvalidEmail = acting(async (context) => {
  await typeInto(context, 'username', 'e.jansen');
  await typeInto(context, 'email', 'els.jansen@');
  await clickPart(context, 'submit');
  await untilProblem(context, say('naam@voorbeeld.nl', 'name@example.com'));
});

/** A sixth link within the hour: when to ask again. */
export const TooManyRequests = acting(async (context) => {
  const client = clientOf(context);
  for (let i = 0; i < 5; i++)
    await client.requestPasswordReset('e.jansen', 'els.jansen@example.nl');
  await typeInto(context, 'username', 'e.jansen');
  await typeInto(context, 'email', 'els.jansen@example.nl');
  await clickPart(context, 'submit');
  await untilProblem(context, say('een nieuwe link aan', 'ask for a new link in'));
});

/** The two new passwords differ: said next to the second one. */
export const Mismatch = acting(async (context) => {
  await openLink(context);
  await choose(context, 'lente in de tuin 2026', 'lente in de tuin');
  await untilProblem(context, say('niet hetzelfde', 'are not the same'));
});

/** The server refuses a password that is easy to guess. */
export const PasswordRejected = acting(async (context) => {
  await openLink(context);
  await choose(context, 'wachtwoord123');
  await untilProblem(context, say('makkelijk te raden', 'easy to guess'));
});

/** A link that no longer works (used, expired, or for someone else): a new one is offered. */
export const LinkRefused = acting(async (context) => {
  location.hash = `#reset-token=${'a'.repeat(32)}`;
  await untilHeading(context, say('Nieuw wachtwoord kiezen', 'Choose a new password'));
  await choose(context, 'lente in de tuin 2026');
  await partOf(context, 'new-link');
});

/** A link cut off in the e-mail: said at once, without sending it. */
export const LinkBroken = acting(async (context) => {
  location.hash = '#reset-token=abc123';
  await untilHeading(context, say('Deze link werkt niet', 'This link does not work'));
});

/** A new password was chosen from the link. */
export const Done = acting(async (context) => {
  await openLink(context);
  await choose(context, 'lente in de tuin 2026');
  await untilHeading(context, say('Uw wachtwoord is gewijzigd', 'Your password has been changed'));
});
