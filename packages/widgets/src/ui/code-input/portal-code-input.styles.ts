import { css } from 'lit';
import { fieldMessage } from '../shared.styles.js';

/** Follows PortalElement.styles (host reset, tokens as `--_portal-*`, focus ring). */
export const styles = [
  fieldMessage,
  css`
    :host {
      display: block;
    }

    .sent-to {
      margin: 0 0 var(--_portal-space-s);
    }

    label {
      display: block;
      margin-bottom: var(--_portal-space-xs);
      font-weight: 600;
    }

    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_portal-space-s);
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.5rem;
    }

    .prefix {
      letter-spacing: 0.15em;
    }

    input {
      /* Room for seven digits, so one too many is still in sight. */
      width: calc(7 * (1ch + 0.25em) + 2 * var(--_portal-space-s) + 4px);
      min-height: 2.75rem;
      padding: 0 var(--_portal-space-s);
      border: 2px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
      background: var(--_portal-surface);
      color: var(--_portal-text);
      font: inherit;
      letter-spacing: 0.25em;
    }

    input[aria-invalid='true'] {
      border-color: var(--_portal-danger);
    }

    input:disabled {
      border-style: dashed;
      cursor: not-allowed;
      opacity: 0.7;
    }

    @media (forced-colors: active) {
      input[aria-invalid='true'] {
        border-width: 3px;
      }
    }
  `,
];
