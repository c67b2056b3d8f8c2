import { define } from '../../internal/define.js';
// The confirmation dialog it uses, defined here so that the class module has no side effects.
import '../../ui/dialog/portal-dialog.js';
import { PortalBulletin } from './portal-bulletin.component.js';

export { PortalBulletin };
define('portal-bulletin', PortalBulletin);

declare global {
  interface HTMLElementTagNameMap {
    'portal-bulletin': PortalBulletin;
  }
}
