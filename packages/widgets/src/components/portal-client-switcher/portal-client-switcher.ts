import { define } from '../../internal/define.js';
import { PortalClientSwitcher } from './portal-client-switcher.component.js';

export { PortalClientSwitcher };
define('portal-client-switcher', PortalClientSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'portal-client-switcher': PortalClientSwitcher;
  }
}
