/**
 * @clientportal/widgets: the portal's custom elements and the platform to write panels on.
 * Importing this module defines no tags; import an element's own module
 * (`@clientportal/widgets/elements/portal-logout.js`) or the all-in-one `clientportal.js`.
 */
export { PortalProvider } from './components/portal-provider/portal-provider.component.js';
export { PortalSyncStatus } from './components/portal-sync-status/portal-sync-status.component.js';
export { PortalLogout } from './components/portal-logout/portal-logout.component.js';
export { PortalLogin } from './components/portal-login/portal-login.component.js';
export { PortalPasswordReset } from './components/portal-password-reset/portal-password-reset.component.js';
export { PortalAccount } from './components/portal-account/portal-account.component.js';
export { PortalClientSwitcher } from './components/portal-client-switcher/portal-client-switcher.component.js';
export { PortalSessionGuard } from './components/portal-session-guard/portal-session-guard.component.js';
export { PortalPlanSigning } from './components/portal-plan-signing/portal-plan-signing.component.js';
export { PortalUserManagement } from './components/portal-user-management/portal-user-management.component.js';
export { PortalAppointments } from './components/portal-appointments/portal-appointments.component.js';
export { PortalAccessLog } from './components/portal-access-log/portal-access-log.component.js';
export { PortalBulletin } from './components/portal-bulletin/portal-bulletin.component.js';
export { PortalCareTeam } from './components/portal-care-team/portal-care-team.component.js';
export { PortalDossier } from './components/portal-dossier/portal-dossier.component.js';
export { PortalMessages } from './components/portal-messages/portal-messages.component.js';
export { PortalProfile } from './components/portal-profile/portal-profile.component.js';
export { PortalQuestionnaires } from './components/portal-questionnaires/portal-questionnaires.component.js';
export { PortalReports } from './components/portal-reports/portal-reports.component.js';
export { PortalMeasurements } from './components/portal-measurements/portal-measurements.component.js';
export { PortalElement } from './internal/portal-element.js';
export { portalContext, type PortalContextValue } from './internal/context.js';
export {
  DATA_STATES,
  PortalData,
  type DataState,
  type DataViews,
  type LoadContext,
  type PortalDataOptions,
} from './controllers/portal-data.js';
export * from './events/index.js';
export { locales, type PortalLocale } from './i18n/localization.js';
export { problemMessage } from './i18n/problems.js';
export { formatDate, formatDateTime, formatNumber, formatTime, TIME_ZONE } from './i18n/format.js';
export { tokenDefaults } from './styles/tokens.js';
