import { PortalDialog } from './portal-dialog.component.js';

export * from './portal-dialog.component.js';

if (!customElements.get('portal-dialog')) customElements.define('portal-dialog', PortalDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portal-dialog': PortalDialog;
  }
}
