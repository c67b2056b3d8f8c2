import { define } from '../../internal/define.js';
import { PortalMeasurements } from './portal-measurements.component.js';

export { PortalMeasurements };
define('portal-measurements', PortalMeasurements);

declare global {
  interface HTMLElementTagNameMap {
    'portal-measurements': PortalMeasurements;
  }
}
