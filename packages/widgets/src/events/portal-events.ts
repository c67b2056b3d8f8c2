// The events of <portal-provider>: the session and the chosen client.
import type { Session, SignedOutReason } from '@clientportal/sdk';

const init = { bubbles: true, composed: true } as const;

/** Someone finished signing in; every panel on the page loads. */
export class PortalSignedInEvent extends CustomEvent<{ session: Session }> {
  constructor(session: Session) {
    super('portal-signed-in', { ...init, detail: { session } });
  }
}

/** The session ended (by choice, on the server, or idle); every panel on the page cleared. */
export class PortalSignedOutEvent extends CustomEvent<{ reason: SignedOutReason }> {
  constructor(reason: SignedOutReason) {
    super('portal-signed-out', { ...init, detail: { reason } });
  }
}

/**
 * The session ended without the person signing out: the server ended it, or it went idle.
 * `portal-signed-out` follows with the same reason.
 */
export class PortalSessionExpiredEvent extends CustomEvent<{ reason: 'expired' | 'idle' }> {
  constructor(reason: 'expired' | 'idle') {
    super('portal-session-expired', { ...init, detail: { reason } });
  }
}

/** The session is about to end for inactivity; `keepAlive()` keeps it. */
export class PortalIdleWarningEvent extends CustomEvent<{ secondsLeft: number }> {
  constructor(secondsLeft: number) {
    super('portal-idle-warning', { ...init, detail: { secondsLeft } });
  }
}

/** Another client was chosen (a relative acting for several); every panel reloads. */
export class PortalClientChangedEvent extends CustomEvent<{ clientId: string }> {
  constructor(clientId: string) {
    super('portal-client-changed', { ...init, detail: { clientId } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-signed-in': PortalSignedInEvent;
    'portal-signed-out': PortalSignedOutEvent;
    'portal-session-expired': PortalSessionExpiredEvent;
    'portal-idle-warning': PortalIdleWarningEvent;
    'portal-client-changed': PortalClientChangedEvent;
  }
}
