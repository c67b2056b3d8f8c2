import { define } from '../../internal/define.js';
import { PortalLogin } from './portal-login.component.js';

export { PortalLogin };
define('portal-login', PortalLogin);

declare global {
  interface HTMLElementTagNameMap {
    'portal-login': PortalLogin;
  }
}
