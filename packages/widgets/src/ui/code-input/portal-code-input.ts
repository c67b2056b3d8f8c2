import { define } from '../../internal/define.js';
import { PortalCodeInput } from './portal-code-input.component.js';

export * from './portal-code-input.component.js';

define('portal-code-input', PortalCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'portal-code-input': PortalCodeInput;
  }
}
