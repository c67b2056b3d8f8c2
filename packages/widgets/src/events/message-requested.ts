/** What `portal-message-requested` carries: the person to write to, and their name. */
export interface PortalMessageRequestedDetail {
  /** The recipient's id, as `listRecipients` gives it. */
  recipientId: string;
  /** Their name, to show while the recipients load. */
  name: string;
}

/**
 * "Bericht sturen" was chosen for someone (in the care team or the profile): a messages panel
 * on the page starts a message to them. Bubbles and crosses shadow roots.
 */
export class PortalMessageRequestedEvent extends CustomEvent<PortalMessageRequestedDetail> {
  constructor(detail: PortalMessageRequestedDetail) {
    super('portal-message-requested', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-message-requested': PortalMessageRequestedEvent;
  }
}
