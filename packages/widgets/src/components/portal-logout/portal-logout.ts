// clientportal.js loads this element after sign-in: it shows nothing before someone signs in.
import { define } from '../../internal/define.js';
import { PortalLogout } from './portal-logout.component.js';

export { PortalLogout };
define('portal-logout', PortalLogout);

declare global {
  interface HTMLElementTagNameMap {
    'portal-logout': PortalLogout;
  }
}
