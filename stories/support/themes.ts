// The themes of the toolbar: sets of the widgets' public `--portal-*` custom properties.
import type { tokenDefaults } from '../../packages/widgets/src/styles/tokens.js';

/** Every colour token of the widgets: a brand theme sets them all (the type says when one is new). */
type Colours = Record<keyof typeof tokenDefaults, string>;

/** A theme: a name for the toolbar and the custom properties set on `<portal-provider>`. */
export interface PortalTheme {
  /** The toolbar's label. */
  title: string;
  /** `--portal-*` custom properties and their values. */
  tokens: Partial<Colours> & Record<`--portal-${string}`, string>;
}

/** The widgets' own look: no custom properties, only their built-in fallbacks. */
const standard: PortalTheme = { title: 'Standaard', tokens: {} };

/** A second organisation's brand (Zorggroep Het Anker: plum, serif, square corners). */
const anker: PortalTheme = {
  title: 'Zorggroep Het Anker',
  tokens: {
    ...({
      '--portal-color-primary': '#5b2a6e',
      '--portal-color-on-primary': '#ffffff',
      '--portal-color-text': '#24182a',
      '--portal-color-muted': '#5e5064',
      '--portal-color-surface': '#ffffff',
      '--portal-color-surface-alt': '#f4eef6',
      '--portal-color-border': '#8c7a94',
      '--portal-color-danger': '#a3162b',
      '--portal-color-success': '#1d6b3a',
      '--portal-color-focus': '#8a4b00',
    } satisfies Colours),
    '--portal-font-family': "Georgia, 'Times New Roman', serif",
    '--portal-radius': '2px',
  },
};

/** High contrast: black on white, strong borders and a thick focus ring. */
const contrast: PortalTheme = {
  title: 'Hoog contrast',
  tokens: {
    ...({
      '--portal-color-primary': '#000000',
      '--portal-color-on-primary': '#ffffff',
      '--portal-color-text': '#000000',
      '--portal-color-muted': '#000000',
      '--portal-color-surface': '#ffffff',
      '--portal-color-surface-alt': '#ffffff',
      '--portal-color-border': '#000000',
      '--portal-color-danger': '#8b0000',
      '--portal-color-success': '#004d00',
      '--portal-color-focus': '#0000cc',
    } satisfies Colours),
    '--portal-focus-ring': '4px solid #0000cc',
  },
};

/** Every theme by its toolbar value. */
export const themes = { standard, anker, contrast } as const satisfies Record<string, PortalTheme>;

/** A theme's toolbar value. */
export type ThemeName = keyof typeof themes;
