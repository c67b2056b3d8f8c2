import { define } from '../../internal/define.js';
import { PortalAccount } from './portal-account.component.js';

export { PortalAccount };
define('portal-account', PortalAccount);

declare global {
  interface HTMLElementTagNameMap {
    'portal-account': PortalAccount;
  }
}
