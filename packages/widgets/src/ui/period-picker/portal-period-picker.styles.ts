import { css } from 'lit';
import { fieldMessage, focusRing, hostReset } from '../shared.styles.js';

export const styles = [
  hostReset,
  focusRing,
  fieldMessage,
  css`
    :host {
      display: block;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend {
      margin-bottom: var(--portal-space-xs, 0.25rem);
      padding: 0;
      font-weight: 600;
    }

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-s, 0.5rem);
    }

    .option {
      display: inline-flex;
      align-items: center;
      gap: var(--portal-space-xs, 0.25rem);
      min-height: 2.75rem;
      padding: 0 var(--portal-space-m, 1rem) 0 var(--portal-space-s, 0.5rem);
      border: 1px solid var(--portal-color-border, #6b7280);
      border-radius: var(--portal-radius, 0.375rem);
      background: var(--portal-color-surface, #ffffff);
      cursor: pointer;
    }

    .option:has(:checked) {
      /* Thicker border and bold text: the choice does not rest on colour alone. */
      border: 2px solid var(--portal-color-primary, #0b5cad);
      font-weight: 600;
    }

    .option input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--portal-color-primary, #0b5cad);
    }

    .option input:focus-visible {
      outline-offset: 3px;
    }

    .custom {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-m, 1rem);
      margin-top: var(--portal-space-m, 1rem);
    }

    .date-field label {
      display: block;
      margin-bottom: var(--portal-space-xs, 0.25rem);
    }

    input[type='date'] {
      min-height: 2.75rem;
      padding: 0 var(--portal-space-s, 0.5rem);
      border: 2px solid var(--portal-color-border, #6b7280);
      border-radius: var(--portal-radius, 0.375rem);
      background: var(--portal-color-surface, #ffffff);
      color: var(--portal-color-text, #1a1a1a);
      font: inherit;
    }

    input[type='date'][aria-invalid='true'] {
      border-color: var(--portal-color-danger, #b91c1c);
    }

    .range {
      margin: var(--portal-space-s, 0.5rem) 0 0;
      color: var(--portal-color-muted, #4b5563);
    }

    @media (forced-colors: active) {
      .option:has(:checked) {
        border-width: 3px;
        border-color: Highlight;
      }
    }
  `,
];
