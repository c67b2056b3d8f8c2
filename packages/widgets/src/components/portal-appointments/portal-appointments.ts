import { define } from '../../internal/define.js';
import { PortalAppointments } from './portal-appointments.component.js';

export { PortalAppointments };
define('portal-appointments', PortalAppointments);

declare global {
  interface HTMLElementTagNameMap {
    'portal-appointments': PortalAppointments;
  }
}
