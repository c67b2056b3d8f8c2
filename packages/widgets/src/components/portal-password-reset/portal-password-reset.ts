import { define } from '../../internal/define.js';
import { PortalPasswordReset } from './portal-password-reset.component.js';

export { PortalPasswordReset };
export * from '../../events/password-reset-events.js';
define('portal-password-reset', PortalPasswordReset);

declare global {
  interface HTMLElementTagNameMap {
    'portal-password-reset': PortalPasswordReset;
  }
}
