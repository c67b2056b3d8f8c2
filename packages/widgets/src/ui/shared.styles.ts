import { css } from 'lit';

/**
 * Styles the internal UI pieces share. The fallbacks after each `--portal-*` token meet WCAG AA
 * contrast on white on their own, so a piece looks right before any theme is loaded.
 */
export const hostReset = css`
  :host {
    box-sizing: border-box;
    color: var(--portal-color-text, #1a1a1a);
    font-family: var(--portal-font-family, system-ui, sans-serif);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
    /* A long word (a name, an address, a file name) breaks rather than push the panel wider. */
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The one focus indicator: an outline, so it also shows in forced-colours mode. */
export const focusRing = css`
  :focus-visible {
    outline: var(--portal-focus-ring, 3px solid var(--portal-color-focus, #1d4ed8));
    outline-offset: 2px;
  }
`;

/** A message next to a field: an error (danger colour, with an icon so colour is not the only cue). */
export const fieldMessage = css`
  .message {
    margin: var(--_portal-space-xs, 0.25rem) 0 0;
    color: var(--_portal-danger, #b91c1c);
    font-weight: 600;
  }

  /* Stays in the accessibility tree while empty, so a message that appears is announced. */
  .message:empty {
    margin: 0;
  }

  .message:not(:empty)::before {
    content: '⚠\\FE0E' / '';
    margin-inline-end: 0.35em;
  }
`;
