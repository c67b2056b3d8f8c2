// The events of <portal-password-reset>.

const init = { bubbles: true, composed: true } as const;

/** A new password was set with the link from the e-mail; sign in with it. */
export class PortalPasswordResetEvent extends CustomEvent<{ username: string }> {
  constructor(username: string) {
    super('portal-password-reset', { ...init, detail: { username } });
  }
}

/** The person chose to go (back) to signing in; `username` is what they typed, if anything. */
export class PortalResetClosedEvent extends CustomEvent<{ username: string }> {
  constructor(username: string) {
    super('portal-reset-closed', { ...init, detail: { username } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-password-reset': PortalPasswordResetEvent;
    'portal-reset-closed': PortalResetClosedEvent;
  }
}
