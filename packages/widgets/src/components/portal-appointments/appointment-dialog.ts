// What only the dialogs need, loaded when the person first opens one: the form, the change
// request and the dialog element.
import '../../ui/dialog/portal-dialog.js';

export {
  appointmentFields,
  appointmentInput,
  checkAppointment,
  emptyValues,
  pastText,
  valuesOf,
} from './appointment-form.js';
export { formStyles } from '../../ui/forms/forms.styles.js';
export { changeFields, changeInput, checkChange } from './change-request.js';
