import type { Schemas } from '@clientportal/sdk';

/** A care plan version was rejected with the SMS code (P8); `detail.plan` holds the reason given. */
export class PortalPlanRejectedEvent extends CustomEvent<{ plan: Schemas['Plan'] }> {
  constructor(plan: Schemas['Plan']) {
    super('portal-plan-rejected', { bubbles: true, composed: true, detail: { plan } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-plan-rejected': PortalPlanRejectedEvent;
  }
}
