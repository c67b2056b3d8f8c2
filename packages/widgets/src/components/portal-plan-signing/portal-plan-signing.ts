import { define } from '../../internal/define.js';
import { PortalPlanSigning } from './portal-plan-signing.component.js';

export { PortalPlanSigning };
define('portal-plan-signing', PortalPlanSigning);

declare global {
  interface HTMLElementTagNameMap {
    'portal-plan-signing': PortalPlanSigning;
  }
}
