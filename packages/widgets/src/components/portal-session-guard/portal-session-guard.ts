// clientportal.js loads this element after sign-in: it shows nothing before someone signs in.
import { define } from '../../internal/define.js';
import { PortalSessionGuard } from './portal-session-guard.component.js';

export { PortalSessionGuard };
define('portal-session-guard', PortalSessionGuard);

declare global {
  interface HTMLElementTagNameMap {
    'portal-session-guard': PortalSessionGuard;
  }
}
