/**
 * @clientportal/widgets: the portal's custom elements. Importing this module defines no tags;
 * import an element's own module (e.g. `@clientportal/widgets/portal-logout`) or the all-in-one
 * `clientportal.js` to define them.
 */
export { PortalProvider } from './components/portal-provider/portal-provider.component.js';
export { PortalSyncStatus } from './components/portal-sync-status/portal-sync-status.component.js';
export { PortalLogout } from './components/portal-logout/portal-logout.component.js';
export { PortalElement } from './internal/portal-element.js';
export { portalContext, type PortalContextValue } from './internal/context.js';
export {
  PortalData,
  type DataState,
  type LoadContext,
  type PortalDataOptions,
} from './controllers/portal-data.js';
export * from './events/portal-events.js';
export { locales, type PortalLocale } from './i18n/localization.js';
export { tokenDefaults } from './styles/tokens.js';
