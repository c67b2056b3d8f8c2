import { css } from 'lit';
import { fieldMessage } from '../shared.styles.js';

/** Follows PortalElement.styles (host reset, tokens as `--_portal-*`, focus ring). */
export const styles = [
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
      margin-bottom: var(--_portal-space-xs);
      padding: 0;
      font-weight: 600;
    }

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_portal-space-s);
    }

    .option {
      display: inline-flex;
      align-items: center;
      gap: var(--_portal-space-xs);
      min-height: 2.75rem;
      padding: 0 var(--_portal-space-m) 0 var(--_portal-space-s);
      border: 1px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
      background: var(--_portal-surface);
      cursor: pointer;
    }

    .option:has(:checked) {
      /* Thicker border and bold text: the choice does not rest on colour alone. */
      border: 2px solid var(--_portal-primary);
      font-weight: 600;
    }

    .option input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_portal-primary);
    }

    .option input:focus-visible {
      outline-offset: 3px;
    }

    .custom {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_portal-space-m);
      margin-top: var(--_portal-space-m);
    }

    .date-field label {
      display: block;
      margin-bottom: var(--_portal-space-xs);
    }

    input[type='date'] {
      min-height: 2.75rem;
      padding: 0 var(--_portal-space-s);
      border: 2px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
      background: var(--_portal-surface);
      color: var(--_portal-text);
      font: inherit;
    }

    input[type='date'][aria-invalid='true'] {
      border-color: var(--_portal-danger);
    }

    .range {
      margin: var(--_portal-space-s) 0 0;
      color: var(--_portal-muted);
    }

    @media (forced-colors: active) {
      .option:has(:checked) {
        border-width: 3px;
        border-color: Highlight;
      }
    }
  `,
];
