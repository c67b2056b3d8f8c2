import { define } from '../../internal/define.js';
// The confirmation dialog it uses, defined here so that the class module has no side effects.
import '../../ui/dialog/portal-dialog.js';
import { PortalLogout } from './portal-logout.component.js';

export { PortalLogout };
define('portal-logout', PortalLogout);

declare global {
  interface HTMLElementTagNameMap {
    'portal-logout': PortalLogout;
  }
}
