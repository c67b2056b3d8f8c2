// The events of <portal-period-picker>.
import type { Period } from '../ui/period-picker/period.js';

/** Fired when the chosen period changes. */
export class PortalPeriodChangeEvent extends CustomEvent<Period> {
  constructor(period: Period) {
    super('portal-period-change', { bubbles: true, composed: true, detail: period });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-period-change': PortalPeriodChangeEvent;
  }
}
