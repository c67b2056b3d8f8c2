import { PortalPeriodPicker } from './portal-period-picker.component.js';

export * from './portal-period-picker.component.js';
export * from './period.js';

if (!customElements.get('portal-period-picker')) {
  customElements.define('portal-period-picker', PortalPeriodPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-period-picker': PortalPeriodPicker;
  }
}
