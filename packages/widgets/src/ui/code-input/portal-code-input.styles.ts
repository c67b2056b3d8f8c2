import { css } from 'lit';
import { fieldMessage, focusRing, hostReset, visuallyHidden } from '../shared.styles.js';

export const styles = [
  hostReset,
  visuallyHidden,
  focusRing,
  fieldMessage,
  css`
    :host {
      display: block;
    }

    .sent-to {
      margin: 0 0 var(--portal-space-s, 0.5rem);
    }

    label {
      display: block;
      margin-bottom: var(--portal-space-xs, 0.25rem);
      font-weight: 600;
    }

    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portal-space-s, 0.5rem);
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.5rem;
    }

    .prefix {
      letter-spacing: 0.15em;
    }

    input {
      /* Room for seven digits, so one too many is still in sight. */
      width: calc(7 * (1ch + 0.25em) + 2 * var(--portal-space-s, 0.5rem) + 4px);
      min-height: 2.75rem;
      padding: 0 var(--portal-space-s, 0.5rem);
      border: 2px solid var(--portal-color-border, #6b7280);
      border-radius: var(--portal-radius, 0.375rem);
      background: var(--portal-color-surface, #ffffff);
      color: var(--portal-color-text, #1a1a1a);
      font: inherit;
      letter-spacing: 0.25em;
    }

    input[aria-invalid='true'] {
      border-color: var(--portal-color-danger, #b91c1c);
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
