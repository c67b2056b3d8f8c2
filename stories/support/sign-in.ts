// Signs a demo user in for a story through the real steps, as far as the story asks.
import type { Invitation, SignInState, SignInStep, Terms } from '../../packages/sdk/src/index.js';
import type { MockBackend } from '../../packages/mock-server/src/backend.js';
import {
  DEMO_PASSWORD,
  FIRST_PASSWORD,
  smsDigits,
} from '../../packages/mock-server/src/demo-sign-in.js';
import { call } from './story-api.js';

/** The new password the setup chooses at a first sign-in. */
export const storyPassword = 'lente in de tuin 2026';

/** Accounts that sign in for the first time with the e-mailed password. */
const firstSignIn = new Set(['h.visser', 'm.jansen']);

/** Takes one step the way a person would: the SMS code from the outbox, a new password, yes. */
async function takeStep(backend: MockBackend, username: string, state: SignInState) {
  switch (state.step) {
    case 'code': {
      const challenge =
        state.challenge ?? (await call<SignInState>('POST', '/auth/code')).challenge;
      const code = smsDigits(backend, username);
      return call<SignInState>('POST', '/auth/code/verify', { challengeId: challenge?.id, code });
    }
    case 'password-change':
      return call<SignInState>('POST', '/auth/password', {
        currentPassword: FIRST_PASSWORD,
        newPassword: storyPassword,
      });
    case 'terms': {
      const terms = await call<Terms>('GET', '/auth/terms');
      return call<SignInState>('POST', '/auth/terms', { version: terms.version });
    }
    case 'invitations': {
      let next = state;
      for (const invitation of await call<Invitation[]>('GET', '/auth/invitations')) {
        next = await call('POST', `/auth/invitations/${invitation.id}`, { decision: 'accept' });
      }
      return next;
    }
    default:
      throw new Error(`Story setup: cannot take the sign-in step "${state.step}"`);
  }
}

/**
 * Signs `username` in, stopping when the server asks for the step `until` (default: signed in).
 * The code step stops before the code is requested (policy `every-sign-in`).
 */
export async function signIn(
  backend: MockBackend,
  username: string,
  until: SignInStep = 'signed-in',
): Promise<void> {
  const password = firstSignIn.has(username) ? FIRST_PASSWORD : DEMO_PASSWORD;
  let state = await call<SignInState>('POST', '/auth/sign-in', { username, password });
  while (state.step !== until && state.step !== 'signed-in') {
    state = await takeStep(backend, username, state);
  }
}

/** The fragment of a reset e-mail's link (`#reset-token=…`). */
const resetFragment = /(^|&)reset-token=[^&]*/;

/**
 * Asks for a reset e-mail for `username` and opens its link: the page's address gets the token
 * in its fragment, as when the person follows the link. Without a user, removes a token left.
 */
export async function openResetLink(backend: MockBackend, username?: string): Promise<void> {
  const hash = location.hash.slice(1);
  let fragment = hash.replace(resetFragment, '');
  if (username) {
    const user = [...backend.db.users.values()].find((u) => u.username === username);
    await call('POST', '/auth/password-reset', { username, email: user?.email });
    const mail = backend.outbox().findLast((m) => m.userId === user?.id && m.link);
    fragment = new URL(mail?.link ?? '', location.href).hash.slice(1);
  } else if (fragment === hash) return;
  const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  history.replaceState(history.state, '', url);
}
