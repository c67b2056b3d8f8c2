import { define } from '../../internal/define.js';
import { PortalVirtualList } from './portal-virtual-list.component.js';

export * from './portal-virtual-list.component.js';

define('portal-virtual-list', PortalVirtualList);

declare global {
  interface HTMLElementTagNameMap {
    'portal-virtual-list': PortalVirtualList;
  }
}
