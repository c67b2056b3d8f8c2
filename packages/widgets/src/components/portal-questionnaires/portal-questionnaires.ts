import { define } from '../../internal/define.js';
import { PortalQuestionnaires } from './portal-questionnaires.component.js';

export { PortalQuestionnaires };
define('portal-questionnaires', PortalQuestionnaires);

declare global {
  interface HTMLElementTagNameMap {
    'portal-questionnaires': PortalQuestionnaires;
  }
}
