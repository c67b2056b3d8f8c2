// One way to sign a demo account in, shared by the mock's and the SDK's tests, the widgets'
// browser tests and the stories: the password, then the SMS code as the person reads it in the
// outbox. Free of the mock's dependencies, so a browser page can import it as it is.
import type { components } from '@clientportal/sdk/generated';

type SignInState = components['schemas']['SignInState'];

/** The password of every demo account that is ready to use. */
export const DEMO_PASSWORD = 'zonnebloem-2026';
/** The first-sign-in password e-mailed to new accounts in the seed. */
export const FIRST_PASSWORD = 'welkom-tijdelijk';

/** Where the SMS codes go: the mock backend's outbox. */
export interface SmsOutbox {
  lastCode(username: string): string | undefined;
}

/**
 * The sign-in steps as a transport offers them: the SDK's `client.signIn` as it is, or plain
 * calls to `/auth/sign-in`, `/auth/code` and `/auth/code/verify`.
 */
export interface SignInSteps {
  start(username: string, password: string): Promise<SignInState>;
  requestCode(): Promise<SignInState>;
  verifyCode(digits: string): Promise<SignInState>;
}

/** The 6 digits of the last SMS code sent to `username`, as the person types them. */
export function smsDigits(outbox: SmsOutbox, username: string): string {
  const code = outbox.lastCode(username);
  if (!code) throw new Error(`no SMS code was sent to ${username}`);
  return code.split('-').pop()!;
}

/**
 * Signs `username` in: the password, then (when the server asks) the SMS code from the outbox.
 * Returns the state the server ends in: `signed-in` for a ready account, or the next step it asks
 * for (a new password, the terms, invitations) for the caller to take.
 */
export async function signInDemo(
  outbox: SmsOutbox,
  steps: SignInSteps,
  username: string,
  password = DEMO_PASSWORD,
): Promise<SignInState> {
  let state = await steps.start(username, password);
  if (state.step === 'code') {
    if (!state.challenge) state = await steps.requestCode();
    state = await steps.verifyCode(smsDigits(outbox, username));
  }
  return state;
}
