import type { Schemas } from '@clientportal/sdk';

/** A care plan version was signed with the SMS code (P8); `detail.plan` is the signed version. */
export class PortalPlanSignedEvent extends CustomEvent<{ plan: Schemas['Plan'] }> {
  constructor(plan: Schemas['Plan']) {
    super('portal-plan-signed', { bubbles: true, composed: true, detail: { plan } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-plan-signed': PortalPlanSignedEvent;
  }
}
