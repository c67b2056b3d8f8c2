import { css } from 'lit';

/**
 * The design tokens every panel reads, with defaults that meet WCAG 2.2 AA contrast on the
 * surface colour (checked in tokens.test.ts). An organisation themes the portal by setting
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

/** The colour pairs that must meet AA contrast: [foreground, background, minimum ratio]. */
export const contrastPairs = [
  ['--portal-color-text', '--portal-color-surface', 4.5],
  ['--portal-color-muted', '--portal-color-surface', 4.5],
  ['--portal-color-text', '--portal-color-surface-alt', 4.5],
  ['--portal-color-on-primary', '--portal-color-primary', 4.5],
  ['--portal-color-primary', '--portal-color-surface', 4.5],
  ['--portal-color-danger', '--portal-color-surface', 4.5],
  ['--portal-color-success', '--portal-color-surface', 4.5],
  ['--portal-color-border', '--portal-color-surface', 3],
  ['--portal-color-focus', '--portal-color-surface', 3],
] as const;

/**
 * Private aliases (`--_portal-*`) of the public tokens with their defaults, so every rule reads
 * one name and the default is written once.
 */
export const tokens = css`
  :host {
    --_portal-primary: var(--portal-color-primary, #0b5cad);
    --_portal-on-primary: var(--portal-color-on-primary, #ffffff);
    --_portal-text: var(--portal-color-text, #1a1a1a);
    --_portal-muted: var(--portal-color-muted, #4b5563);
    --_portal-surface: var(--portal-color-surface, #ffffff);
    --_portal-surface-alt: var(--portal-color-surface-alt, #f3f4f6);
    --_portal-border: var(--portal-color-border, #6b7280);
    --_portal-danger: var(--portal-color-danger, #b91c1c);
    --_portal-success: var(--portal-color-success, #166534);
    --_portal-focus: var(--portal-color-focus, #1d4ed8);
    --_portal-space-xs: var(--portal-space-xs, 0.25rem);
    --_portal-space-s: var(--portal-space-s, 0.5rem);
    --_portal-space-m: var(--portal-space-m, 1rem);
    --_portal-space-l: var(--portal-space-l, 1.5rem);
    --_portal-radius: var(--portal-radius, 0.375rem);
    --_portal-font-size-s: var(--portal-font-size-s, 0.9375rem);
    --_portal-font-size-m: var(--portal-font-size-m, 1rem);
    --_portal-font-size-l: var(--portal-font-size-l, 1.25rem);
  }
`;

/** Buttons and the panel frame every panel shares. */
export const panelStyles = css`
  /* A panel takes its own line and grows with the text (no fixed heights anywhere). */
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
