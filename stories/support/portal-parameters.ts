// What a story declares in `parameters.portal`: who is signed in and which state the data is in.
import type { Section, SignInStep } from '../../packages/sdk/src/index.js';
import type { demoAccounts } from '../../packages/mock-server/src/store/seed-people.js';

/** The states every panel shows the same way; the one list for story options and test loops. */
export const portalStates = [
  'default',
  'loading',
  'empty',
  'error',
  'forbidden',
  'large',
  'hostile',
] as const;

/** One of `portalStates`. */
export type PortalState = (typeof portalStates)[number];

/** A demo account of the mock backend's seed. */
export type DemoUser = (typeof demoAccounts)[number]['username'];

/** `parameters.portal` of a story; every field is optional. */
export interface PortalParameters {
  /** The demo account signed in before the story renders; `null` for nobody (default `e.jansen`). */
  user?: DemoUser | null;
  /**
   * The sign-in step to stop at, when the server asks for it (default `signed-in`): `code` (before
   * the code is requested), `password-change`, `terms` or `invitations` for the accounts that
   * have them. The steps before it are taken as a person would.
   */
  until?: SignInStep;
  /** The state of the data (default `default`); `hostile`: an attack in every text (the mock's seed). */
  state?: PortalState;
  /** For `forbidden`: the section taken out of the user's grants. */
  section?: Section;
  /**
   * Which requests `loading` and `error` hold up or refuse (the story's own handlers): `data`
   * (default) those for a client's data (`/clients/…`), so the session check still succeeds; or
   * those to a path under the API (`/auth/sign-out`).
   */
  scope?: 'data' | `/${string}`;
  /** The organisation's SMS code policy (default `every-sign-in`). */
  codePolicy?: 'every-sign-in' | 'new-device';
  /** The page was opened from a reset e-mail's link for this account (`#reset-token=…`). */
  resetLink?: DemoUser;
  /** `false`: the story renders its own `<portal-provider>` (the provider's own stories). */
  provider?: boolean;
}
