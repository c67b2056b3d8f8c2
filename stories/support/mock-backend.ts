// The one mock backend of the story iframe: its handlers go to msw-storybook-addon, and before
// every story it is reset, a demo user is signed in and the story's state is set.
import { http } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { createMockBackend } from '../../packages/mock-server/src/backend.js';
import type { Scenario } from '../../packages/mock-server/src/core/scenario.js';
import type { PortalParameters, PortalState } from './portal-parameters.js';
import { openResetLink, signIn } from './sign-in.js';
import { apiBase } from './story-api.js';

/** Stands in for the browser's HttpOnly session cookie (see packages/mock-server/src/browser.ts). */
export const cookieJar = new Map<string, string>();

/** The mock backend every story talks to. */
export const backend = createMockBackend({ cookieJar });

/** The default demo user: a client at home with every section. */
export const defaultUser = 'e.jansen';

/** How the backend misbehaves in each state that needs it. */
const scenarios: Partial<Record<PortalState, Partial<Scenario>>> = {
  // About eleven days: the answer never comes while anyone looks at the story.
  loading: { latencyMs: 10 ** 9 },
  error: { failureRate: 1 },
};

/** Takes a section out of every grant the user has (the `forbidden` state). */
function takeAwaySection(username: string, section: PortalParameters['section']): void {
  if (!section) throw new Error('Story setup: state "forbidden" needs parameters.portal.section');
  const user = [...backend.db.users.values()].find((u) => u.username === username);
  for (const grant of backend.db.grants.filter((g) => g.userId === user?.id)) {
    grant.sections = grant.sections.filter((s) => s !== section);
  }
}

/**
 * Prepares the backend for one story: fresh data, the state, the signed-in user. `loading` and
 * `error` start with the first request in the story's `scope` (see `PortalParameters`).
 */
export async function prepareBackend(portal: PortalParameters, worker: SetupWorker): Promise<void> {
  const state = portal.state ?? 'default';
  const user = portal.user === undefined ? defaultUser : portal.user;
  cookieJar.clear();
  const seed = state === 'empty' || state === 'large' || state === 'hostile' ? state : 'default';
  backend.reset({ seed, codePolicy: portal.codePolicy ?? 'every-sign-in' });
  if (state === 'forbidden' && user) takeAwaySection(user, portal.section);
  if (user) await signIn(backend, user, portal.until);
  await openResetLink(backend, portal.resetLink);
  const scenario = scenarios[state];
  if (!scenario) return;
  const scope = portal.scope ?? 'data';
  if (scope === 'all') return backend.setScenario(scenario);
  const path = scope === 'data' ? '/clients/' : scope;
  // Sets the scenario, then falls through to the backend's own handler for the same request.
  worker.use(http.all(`*${apiBase}${path}*`, () => backend.setScenario(scenario)));
}
