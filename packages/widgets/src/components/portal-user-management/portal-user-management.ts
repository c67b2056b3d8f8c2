import { define } from '../../internal/define.js';
import { PortalUserManagement } from './portal-user-management.component.js';

export { PortalUserManagement };
define('portal-user-management', PortalUserManagement);

declare global {
  interface HTMLElementTagNameMap {
    'portal-user-management': PortalUserManagement;
  }
}
