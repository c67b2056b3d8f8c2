import { PortalVirtualList } from './portal-virtual-list.component.js';

export * from './portal-virtual-list.component.js';

if (!customElements.get('portal-virtual-list')) {
  customElements.define('portal-virtual-list', PortalVirtualList);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-virtual-list': PortalVirtualList;
  }
}
