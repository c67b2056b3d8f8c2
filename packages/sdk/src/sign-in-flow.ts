import type { Client } from 'openapi-fetch';
import { ApiError, unwrap } from './errors.js';
import type { PortalSessionStore } from './session-store.js';
import type { Invitation, SdkPaths, SignInState, Terms } from './types.js';

/**
 * The step-by-step sign-in. Every method returns the new state and records it in the session
 * store; reaching `signed-in` loads the session and emits `signed-in` there.
 */
export interface SignInFlow {
  /** The password step. */
  start(username: string, password: string): Promise<SignInState>;
  /** Sends an SMS code (or a new one) in the code step. */
  requestCode(): Promise<SignInState>;
  /** Checks the 6 digits of the SMS code (a typed `prefix-digits` is accepted too). */
  verifyCode(code: string, options?: { trustDevice?: boolean }): Promise<SignInState>;
  /** Changes the password (first sign-in, or any time when signed in). */
  changePassword(currentPassword: string, newPassword: string): Promise<SignInState>;
  /** The terms to accept in the terms step. */
  getTerms(): Promise<Terms>;
  /** Accepts the terms of the given version. */
  acceptTerms(version: string): Promise<SignInState>;
  /** The invitations waiting for an answer. */
  listInvitations(): Promise<Invitation[]>;
  /** Accepts or declines one invitation. */
  answerInvitation(invitationId: string, decision: 'accept' | 'decline'): Promise<SignInState>;
}

/** The 6 digits to send: people may type the prefix, a dash or spaces as well. */
export function codeDigits(typed: string): string {
  const digits = typed.replace(/[\s-]/g, '');
  return digits.length === 10 ? digits.slice(4) : digits;
}

/** The challenge the code step is waiting for. */
function currentChallengeId(store: PortalSessionStore): string {
  const id = store.getState().signIn?.challenge?.id;
  if (id) return id;
  throw new ApiError({
    status: 0,
    code: 'challenge_invalid',
    title: 'No code was requested',
    detail: 'Request a code before checking one.',
  });
}

/** Builds the sign-in flow on a client and its session store. */
export function createSignInFlow(api: Client<SdkPaths>, store: PortalSessionStore): SignInFlow {
  /** Records a step; the last step becomes a session (once: a profile's password change too). */
  const advance = async (result: {
    data?: SignInState;
    error?: unknown;
    response: Response;
  }): Promise<SignInState> => {
    let state: SignInState;
    try {
      state = unwrap(result);
    } catch (error) {
      // The sign-in's own session ran out: the flow starts over at the password.
      if (error instanceof ApiError && error.status === 401) store.signInLost(error.code);
      throw error;
    }
    if (state.step !== 'signed-in') store.beginSignIn(state);
    else if (store.getState().status !== 'signed-in') await store.loadSession();
    return state;
  };
  return {
    start: async (username, password) =>
      advance(await api.POST('/auth/sign-in', { body: { username, password } })),
    requestCode: async () => advance(await api.POST('/auth/code')),
    verifyCode: async (code, options = {}) => {
      const body = { challengeId: currentChallengeId(store), code: codeDigits(code) };
      const trust = options.trustDevice === undefined ? {} : { trustDevice: options.trustDevice };
      return advance(await api.POST('/auth/code/verify', { body: { ...body, ...trust } }));
    },
    changePassword: async (currentPassword, newPassword) =>
      advance(await api.POST('/auth/password', { body: { currentPassword, newPassword } })),
    getTerms: async () => unwrap(await api.GET('/auth/terms')),
    acceptTerms: async (version) => advance(await api.POST('/auth/terms', { body: { version } })),
    listInvitations: async () => unwrap(await api.GET('/auth/invitations')),
    answerInvitation: async (invitationId, decision) =>
      advance(
        await api.POST('/auth/invitations/{invitationId}', {
          params: { path: { invitationId } },
          body: { decision },
        }),
      ),
  };
}
