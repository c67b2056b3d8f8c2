import { define } from '../../internal/define.js';
import { PortalPeriodPicker } from './portal-period-picker.component.js';

export * from './portal-period-picker.component.js';
export * from './period.js';

define('portal-period-picker', PortalPeriodPicker);

declare global {
  interface HTMLElementTagNameMap {
    'portal-period-picker': PortalPeriodPicker;
  }
}
