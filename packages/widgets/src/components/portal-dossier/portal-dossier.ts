import { define } from '../../internal/define.js';
import { PortalDossier } from './portal-dossier.component.js';

export { PortalDossier };
define('portal-dossier', PortalDossier);

declare global {
  interface HTMLElementTagNameMap {
    'portal-dossier': PortalDossier;
  }
}
