import { define } from '../../internal/define.js';
import { PortalAccessLog } from './portal-access-log.component.js';

export { PortalAccessLog };
define('portal-access-log', PortalAccessLog);

declare global {
  interface HTMLElementTagNameMap {
    'portal-access-log': PortalAccessLog;
  }
}
