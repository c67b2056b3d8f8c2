import type { Schemas } from '@clientportal/sdk';

/**
 * A correction request was sent to the care team ("Klopt dit niet?"). Bubbles out of shadow
 * roots, so a list of requests anywhere on the page (the profile's) can show it at once.
 */
export class PortalCorrectionRequestedEvent extends CustomEvent<{
  request: Schemas['CorrectionRequest'];
}> {
  constructor(request: Schemas['CorrectionRequest']) {
    super('portal-correction-requested', { bubbles: true, composed: true, detail: { request } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-correction-requested': PortalCorrectionRequestedEvent;
  }
}
