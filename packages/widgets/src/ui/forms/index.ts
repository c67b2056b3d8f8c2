// The form kit: every panel's form is built from these pieces (see the README's contributing
// section). Import from here: `import { textField, errorSummary } from '../../ui/forms/index.js'`.
export { FormProblems, chars, formValues, type SummaryItem } from './form-problems.js';
export {
  checkboxField,
  counterText,
  fieldMessage,
  showPasswordToggle,
  textAreaField,
  textField,
  textProblem,
  tooLongText,
  type FieldBase,
  type FieldOptions,
  type TextAreaOptions,
} from './fields.js';
export { errorSummary, focusById } from './error-summary.js';
export { busyLine, submitRow, type SubmitRowOptions } from './submit-row.js';
export {
  currentPasswordProblem,
  passwordProblem,
  passwordTooLong,
  usernameField,
  usernameProblem,
} from './credentials.js';
export {
  CURRENT_PASSWORD_ID,
  DEFAULT_RULES,
  NEW_PASSWORD_ID,
  REPEAT_PASSWORD_ID,
  checkNewPassword,
  currentPasswordField,
  newPasswordFields,
  newPasswordValues,
  passwordChangeRefused,
  rejectedText,
  rulesText,
  usernameForManagers,
  type NewPasswordValues,
  type PasswordRules,
} from './new-password.js';
export { codeOf, fieldErrorOf, retryAfterOf, waitText } from './server-answers.js';
export { isEmail } from './formats.js';
export { formStyles } from './forms.styles.js';
