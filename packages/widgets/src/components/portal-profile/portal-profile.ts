import { define } from '../../internal/define.js';
import { PortalProfile } from './portal-profile.component.js';

export { PortalProfile };
define('portal-profile', PortalProfile);

declare global {
  interface HTMLElementTagNameMap {
    'portal-profile': PortalProfile;
  }
}
