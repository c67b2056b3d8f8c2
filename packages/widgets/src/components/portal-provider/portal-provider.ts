import { define } from '../../internal/define.js';
import { PortalProvider } from './portal-provider.component.js';

export { PortalProvider };
define('portal-provider', PortalProvider);

declare global {
  interface HTMLElementTagNameMap {
    'portal-provider': PortalProvider;
  }
}
