// The decorator that puts every story inside <portal-provider> with the toolbar's locale and theme.
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator } from '@storybook/web-components-vite';
import { apiBase } from './story-api.js';
import type { PortalParameters } from './portal-parameters.js';
import { themes, type ThemeName } from './themes.js';

/** The locales of the toolbar, Dutch first (the default). */
export const locales = { nl: 'Nederlands', en: 'English' } as const;

/** A locale's toolbar value. */
export type LocaleName = keyof typeof locales;

/** Wraps the story in `<portal-provider api-base locale>` with the theme's custom properties. */
export const withPortalProvider: Decorator = (story, context) => {
  const portal = (context.parameters.portal ?? {}) as PortalParameters;
  const locale = (context.globals.locale ?? 'nl') as LocaleName;
  const theme = themes[context.globals.theme as ThemeName] ?? themes.standard;
  // The page's language follows the widgets', for screen readers and the a11y checks.
  document.documentElement.lang = locale;
  if (portal.provider === false) return html`<div style=${styleMap(theme.tokens)}>${story()}</div>`;
  return html`<portal-provider api-base=${apiBase} locale=${locale} style=${styleMap(theme.tokens)}
    >${story()}</portal-provider
  >`;
};
