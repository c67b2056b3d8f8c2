/** Who the person wants to write to: a care team member's id and name. */
export interface MessageRequest {
  /** The recipient's id, as `listRecipients` and `listCareTeam` give it. */
  recipientId: string;
  /** The recipient's name, to show in the composer before the recipients are loaded. */
  name: string;
}

/**
 * The person asked to write a message to someone ("Bericht sturen" in `<portal-care-team>`). It
 * bubbles out of shadow roots: `<portal-messages>` on the same page opens a new message to that
 * person; a host page without it can handle the event itself (e.g. go to its messages page).
 * Call `preventDefault()` to tell the sender it was handled.
 */
export class PortalMessageRequestedEvent extends CustomEvent<MessageRequest> {
  constructor(request: MessageRequest) {
    super('portal-message-requested', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { ...request },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-message-requested': PortalMessageRequestedEvent;
  }
}
