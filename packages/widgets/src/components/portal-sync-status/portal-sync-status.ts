// clientportal.js loads this element after sign-in: it shows nothing before someone signs in.
import { define } from '../../internal/define.js';
import { PortalSyncStatus } from './portal-sync-status.component.js';

export { PortalSyncStatus };
define('portal-sync-status', PortalSyncStatus);

declare global {
  interface HTMLElementTagNameMap {
    'portal-sync-status': PortalSyncStatus;
  }
}
