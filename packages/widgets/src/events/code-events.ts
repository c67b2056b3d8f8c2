// The events of <portal-code-input>.
/** The detail of `portal-code-complete`. */
export interface PortalCodeCompleteDetail {
  /** The six digits (without the prefix). */
  code: string;
}

/** Fired when the field holds all six digits. */
export class PortalCodeCompleteEvent extends CustomEvent<PortalCodeCompleteDetail> {
  constructor(code: string) {
    super('portal-code-complete', { bubbles: true, composed: true, detail: { code } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-code-complete': PortalCodeCompleteEvent;
  }
}
