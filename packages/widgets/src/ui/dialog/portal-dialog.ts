import { define } from '../../internal/define.js';
import { PortalDialog } from './portal-dialog.component.js';

export * from './portal-dialog.component.js';

define('portal-dialog', PortalDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portal-dialog': PortalDialog;
  }
}
