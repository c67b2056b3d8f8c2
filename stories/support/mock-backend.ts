// The one mock backend of the story iframe: its handlers go to msw-storybook-addon, and before
// every story it is reset and a demo user is signed in.
import { createMockBackend } from '../../packages/mock-server/src/backend.js';
import type { PortalParameters } from './portal-parameters.js';
import { openResetLink, signIn } from './sign-in.js';

/** Stands in for the browser's HttpOnly session cookie (see packages/mock-server/src/browser.ts). */
export const cookieJar = new Map<string, string>();

/** The mock backend every story talks to. */
export const backend = createMockBackend({ cookieJar });

/** The default demo user: a client at home with every section. */
export const defaultUser = 'e.jansen';

/** Takes a section out of every grant the user has (the `forbidden` state). */
function takeAwaySection(username: string, section: PortalParameters['section']): void {
  if (!section) throw new Error('Story setup: state "forbidden" needs parameters.portal.section');
  const user = [...backend.db.users.values()].find((u) => u.username === username);
  for (const grant of backend.db.grants.filter((g) => g.userId === user?.id)) {
    grant.sections = grant.sections.filter((s) => s !== section);
  }
}

/**
 * Prepares the backend for one story: fresh data, the section taken away for `forbidden`, the
 * signed-in user. `loading` and `error` are the story's own handlers (see `stateHandlers`).
 */
export async function prepareBackend(portal: PortalParameters): Promise<void> {
  const state = portal.state ?? 'default';
  const user = portal.user === undefined ? defaultUser : portal.user;
  cookieJar.clear();
  const seed = state === 'empty' || state === 'large' || state === 'hostile' ? state : 'default';
  backend.reset({ seed, codePolicy: portal.codePolicy ?? 'every-sign-in' });
  if (state === 'forbidden' && user) takeAwaySection(user, portal.section);
  if (user) await signIn(backend, user, portal.until);
  await openResetLink(backend, portal.resetLink);
}
