import createClient, { type Client } from 'openapi-fetch';
import { unwrap } from './errors.js';
import { portalMiddleware } from './middleware.js';
import { withRetry, type RetryOptions } from './retry.js';
import { PortalSessionStore } from './session-store.js';
import type { SessionStore } from './session-types.js';
import { createSignInFlow, type SignInFlow } from './sign-in-flow.js';
import type { SdkPaths } from './types.js';

/** How to create a portal client. */
export interface PortalClientOptions {
  /** The API root, e.g. `https://portaal.zorg.example/api/v1`. */
  baseUrl: string;
  /** The fetch to use (tests inject theirs); `globalThis.fetch` at call time otherwise. */
  fetch?: typeof fetch;
  /** Retries of network errors, 5xx and 429 on safe or keyed calls. */
  retry?: RetryOptions;
  /** Seconds before the idle expiry that the session store emits `idle-warning` (default 120). */
  idleWarningSeconds?: number;
  /** The local clock in ms (default `Date.now`); tests pass the mock backend's clock. */
  now?: () => number;
}

/** Everything the widgets need from the API: typed calls, the session and the sign-in flow. */
export interface PortalClient {
  /** The typed openapi-fetch client; pass results to `unwrap` for data or an `ApiError`. */
  api: Client<SdkPaths>;
  /** Framework-free session state and events. */
  session: SessionStore;
  /** The step-by-step sign-in, used by `<portal-login>`. */
  signIn: SignInFlow;
  /** Asks for a reset e-mail; resolves the same whether or not the account exists. */
  requestPasswordReset(username: string, email: string): Promise<void>;
  /** Sets a new password with the token from the reset e-mail. */
  confirmPasswordReset(token: string, username: string, newPassword: string): Promise<void>;
}

/** Creates a client for one API: its own session store, retries and middleware. */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  // Resolved at call time: openapi-fetch would otherwise capture globalThis.fetch at creation,
  // before a test's or Storybook's mock is in place.
  const send = (request: Request) => (options.fetch ?? globalThis.fetch)(request);
  const api = createClient<SdkPaths>({
    baseUrl: options.baseUrl,
    credentials: 'include',
    fetch: withRetry(send, options.retry),
  });
  const session = new PortalSessionStore({
    api,
    now: options.now ?? Date.now,
    idleWarningSeconds: options.idleWarningSeconds ?? 120,
  });
  api.use(portalMiddleware(session));
  return {
    api,
    session,
    signIn: createSignInFlow(api, session),
    async requestPasswordReset(username, email) {
      unwrap(await api.POST('/auth/password-reset', { body: { username, email } }));
    },
    async confirmPasswordReset(token, username, newPassword) {
      unwrap(
        await api.POST('/auth/password-reset/confirm', { body: { token, username, newPassword } }),
      );
    },
  };
}
