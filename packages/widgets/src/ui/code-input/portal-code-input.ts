import { PortalCodeInput } from './portal-code-input.component.js';

export * from './portal-code-input.component.js';

if (!customElements.get('portal-code-input')) {
  customElements.define('portal-code-input', PortalCodeInput);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-code-input': PortalCodeInput;
  }
}
