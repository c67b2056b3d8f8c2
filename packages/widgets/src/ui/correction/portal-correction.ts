import { define } from '../../internal/define.js';
import { PortalCorrection } from './portal-correction.component.js';

export { PortalCorrection };
define('portal-correction', PortalCorrection);

declare global {
  interface HTMLElementTagNameMap {
    'portal-correction': PortalCorrection;
  }
}
