// Stories of <portal-session-guard>: the idle warning and the end of a session (X8).
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-session-guard/portal-session-guard.js';
import '../../packages/widgets/src/components/portal-sync-status/portal-sync-status.js';
import type { PortalProvider } from '../../packages/widgets/src/components/portal-provider/portal-provider.component.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-session-guard',
  component: 'portal-session-guard',
  // With a panel beside it, which clears when the session ends.
  render: (args, context) => {
    const page = document.createElement('div');
    page.style.setProperty('display', 'grid');
    page.style.setProperty('gap', '1rem');
    page.append(
      renderElement('portal-session-guard')(args, context),
      document.createElement('portal-sync-status'),
    );
    return page;
  },
} satisfies Meta;
export default meta;

// No Loading, Empty, Error, Forbidden or Large: the guard loads nothing; it follows the session.

/** The story's provider (the decorator's) and the mock backend behind it. */
function portalOf(context: StoryContext) {
  const provider = context.canvasElement.querySelector<PortalProvider>('portal-provider');
  const backend = globalThis.portalMock?.backend;
  if (!provider?.client || !backend) throw new Error('The story has no provider or mock');
  return { session: provider.client.session, backend };
}

/** The guard's shadow root. */
function root(context: StoryContext): ShadowRoot {
  const found = context.canvasElement.querySelector('portal-session-guard')?.shadowRoot;
  if (!found) throw new Error('<portal-session-guard> has not rendered');
  return found;
}

/**
 * The server's idle timeout becomes `seconds` from now (the page hears of it through a call), so
 * the warning, which comes 120 seconds before, shows at once or within a second.
 */
const idleAfter = (seconds: number) => async (context: StoryContext) => {
  const { session, backend } = portalOf(context);
  await waitFor(() => expect(session.getState().status).toBe('signed-in'), { timeout: 10_000 });
  backend.db.settings.idleTimeoutSeconds = seconds;
  await session.keepAlive();
};

/** The server ended the session; the next call of the page hears so (401). */
async function endOnServer(context: StoryContext) {
  const { session, backend } = portalOf(context);
  await waitFor(() => expect(session.getState().status).toBe('signed-in'), { timeout: 10_000 });
  for (const s of backend.db.sessions.values()) s.ended = true;
  await session.refresh();
}

/** Waits until the dialog is open with this heading. */
const untilDialog = (heading: string) => async (context: StoryContext) => {
  await waitFor(
    () => {
      const dialog = root(context).querySelector('portal-dialog');
      expect(dialog?.open).toBe(true);
      expect(dialog?.heading).toBe(heading);
    },
    { timeout: 10_000 },
  );
};

/** Does one thing after the other. */
const steps =
  (...all: ((context: StoryContext) => Promise<void>)[]) =>
  async (context: StoryContext) => {
    for (const step of all) await step(context);
  };

/** Signed in and active: the guard shows nothing. */
export const Default = stateStory('default');

/** Nobody signed in: nothing to guard. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/**
 * "U wordt over 2 minuten automatisch uitgelogd" with a countdown, "Ingelogd blijven" and "Nu
 * uitloggen". Left alone, it signs out after the two minutes.
 */
export const IdleWarning = stateStory(
  'default',
  {},
  {
    play: steps(idleAfter(121), untilDialog('U wordt bijna uitgelogd')),
  },
);

/** The warning in English. */
export const IdleWarningEnglish = stateStory(
  'default',
  {},
  {
    globals: { locale: 'en' },
    play: steps(idleAfter(121), untilDialog('You will be signed out soon')),
  },
);

/** Nothing was done for too long: signed out, and told why; the panel beside it cleared. */
export const SignedOutForInactivity = stateStory(
  'default',
  {},
  {
    play: steps(idleAfter(2), untilDialog('U bent uitgelogd')),
  },
);

/** The server ended the session (a call answered 401): signed out, and told why. */
export const SessionExpired = stateStory(
  'default',
  {},
  {
    play: steps(endOnServer, untilDialog('U bent uitgelogd')),
  },
);

/** After closing that message, it stays where the guard stands until someone signs in. */
export const NoticeAfterwards = stateStory(
  'default',
  {},
  {
    play: steps(endOnServer, untilDialog('U bent uitgelogd'), async (context) => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(root(context).querySelector('[part~="notice"]')).toBeTruthy(), {
        timeout: 10_000,
      });
    }),
  },
);

/** "Nu uitloggen" in the warning: signed out at once, and the guard says so where it stands. */
export const SignedOutFromWarning = stateStory(
  'default',
  {},
  {
    play: steps(idleAfter(121), untilDialog('U wordt bijna uitgelogd'), async (context) => {
      await userEvent.click(root(context).querySelector('[part~="sign-out"]')!);
      await waitFor(
        () =>
          expect(root(context).querySelector('[part~="notice"]')?.textContent).toContain(
            'U bent uitgelogd.',
          ),
        { timeout: 10_000 },
      );
    }),
  },
);
