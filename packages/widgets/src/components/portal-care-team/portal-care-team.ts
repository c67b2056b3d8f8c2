import { define } from '../../internal/define.js';
import { PortalCareTeam } from './portal-care-team.component.js';

export { PortalCareTeam };
define('portal-care-team', PortalCareTeam);

declare global {
  interface HTMLElementTagNameMap {
    'portal-care-team': PortalCareTeam;
  }
}
