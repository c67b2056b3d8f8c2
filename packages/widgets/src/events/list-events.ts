// The events of <portal-virtual-list>.
/** The detail of `portal-load-more`. */
export interface PortalLoadMoreDetail {
  /** How many items the list holds now (the next page starts after these). */
  loaded: number;
}

/** Asks for the next page of items. */
export class PortalLoadMoreEvent extends CustomEvent<PortalLoadMoreDetail> {
  constructor(loaded: number) {
    super('portal-load-more', { bubbles: true, composed: true, detail: { loaded } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-load-more': PortalLoadMoreEvent;
  }
}
