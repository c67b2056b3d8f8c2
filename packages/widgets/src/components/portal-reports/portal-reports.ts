import { define } from '../../internal/define.js';
import { PortalReports } from './portal-reports.component.js';

export { PortalReports };
define('portal-reports', PortalReports);

declare global {
  interface HTMLElementTagNameMap {
    'portal-reports': PortalReports;
  }
}
