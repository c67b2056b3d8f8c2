import { define } from '../../internal/define.js';
import { PortalMessages } from './portal-messages.component.js';

export { PortalMessages };
define('portal-messages', PortalMessages);

declare global {
  interface HTMLElementTagNameMap {
    'portal-messages': PortalMessages;
  }
}
