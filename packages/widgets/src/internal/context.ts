import { createContext } from '@lit/context';
import type { PortalClient, SessionState } from '@clientportal/sdk';
import type { PortalDrafts } from './drafts.js';

/** What `<portal-provider>` gives every panel inside it. */
export interface PortalContextValue {
  /** The SDK client (API, session store, sign-in flow). */
  client: PortalClient;
  /** The session state, a new object after every change. */
  state: SessionState;
  /** The client whose portal is shown (for a relative acting for several). */
  clientId: string | undefined;
  /** The active locale, `nl` or `en`. */
  locale: 'nl' | 'en';
  /** Switches to another client the person may act for. */
  selectClient(clientId: string): void;
  /** What the person was typing, kept in memory across an involuntary end of the session. */
  drafts: PortalDrafts;
  /** The first session check got no answer: the portal cannot be reached now (tried again by itself). */
  unreachable?: boolean;
  /** The organisation's phone number, shown when the portal cannot be reached. */
  phone?: string;
  /** Checks the session again at once ("Opnieuw proberen" while the portal cannot be reached). */
  reconnect?(): void;
}

/** The context key of the portal. */
export const portalContext = createContext<PortalContextValue | undefined>(Symbol('portal'));
