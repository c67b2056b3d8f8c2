import { css, unsafeCSS } from 'lit';

/**
 * The design tokens every panel reads, with defaults that meet WCAG 2.2 AA contrast on the
 * surface colour (checked in test/tokens.test.ts). An organisation themes the portal by setting
 * these custom properties on any ancestor, e.g. `portal-provider { --portal-color-primary: … }`.
 */
export const tokenDefaults = {
  '--portal-color-primary': '#0b5cad',
  '--portal-color-on-primary': '#ffffff',
  '--portal-color-text': '#1a1a1a',
  '--portal-color-muted': '#4b5563',
  '--portal-color-surface': '#ffffff',
  '--portal-color-surface-alt': '#f3f4f6',
  '--portal-color-border': '#6b7280',
  '--portal-color-danger': '#b91c1c',
  '--portal-color-success': '#166534',
  '--portal-color-focus': '#1d4ed8',
} as const;

/** The defaults of the size tokens (rem, so they grow with the reader's text size). */
export const sizeDefaults = {
  '--portal-space-xs': '0.25rem',
  '--portal-space-s': '0.5rem',
  '--portal-space-m': '1rem',
  '--portal-space-l': '1.5rem',
  '--portal-radius': '0.375rem',
  '--portal-font-size-s': '0.9375rem',
  '--portal-font-size-m': '1rem',
  '--portal-font-size-l': '1.25rem',
} as const;

/**
 * Private aliases (`--_portal-primary`, `--_portal-space-s`, …) of the public tokens with their
 * defaults, made from the two tables above so a default is written once. The values are this
 * module's constants, never outside input.
 */
export const tokens = unsafeCSS(
  `:host{${Object.entries({ ...tokenDefaults, ...sizeDefaults })
    .map(
      ([name, value]) =>
        `${name.replace(/^--portal-(color-)?/, '--_portal-')}:var(${name}, ${value});`,
    )
    .join('')}}`,
);

/**
 * Buttons and the panel frame every panel shares. A panel takes its own line and grows with the
 * text: sizes in rem, no fixed heights anywhere.
 */
export const panelStyles = css`
  :host {
    display: block;
    font-size: var(--portal-font-size-m, 1rem);
  }

  .panel {
    display: block;
    padding: var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
  }

  .title {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-l);
    line-height: 1.3;
  }

  .muted {
    color: var(--_portal-muted);
  }

  .primary,
  .secondary {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 var(--_portal-space-m);
    border-radius: var(--_portal-radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .primary {
    border: 2px solid var(--_portal-primary);
    background: var(--_portal-primary);
    color: var(--_portal-on-primary);
  }

  .secondary {
    border: 2px solid var(--_portal-primary);
    background: var(--_portal-surface);
    color: var(--_portal-primary);
  }

  .primary[disabled],
  .secondary[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .primary,
    .secondary {
      border: 2px solid ButtonText;
    }
  }
`;
