import { css } from 'lit';
import { fieldMessage } from '../shared.styles.js';

/**
 * The one field stylesheet of every form: big fields, the hint and the message next to them,
 * the summary, the submit row, check boxes and the show-password toggle. Use it after
 * `PortalElement.styles`: `static styles = [PortalElement.styles, formStyles, own]`.
 */
export const formStyles = [
  fieldMessage,
  css`
    form {
      display: grid;
      gap: var(--_portal-space-m);
    }

    .field {
      display: grid;
      gap: var(--_portal-space-xs);
    }

    .field .message,
    .field .hint {
      margin: 0;
    }

    label {
      font-weight: 600;
    }

    .hint {
      color: var(--_portal-muted);
      font-size: var(--_portal-font-size-s);
    }

    input[type='text'],
    input[type='password'],
    input[type='email'],
    input[type='tel'],
    input[type='search'],
    textarea {
      width: 100%;
      max-width: 24rem;
      min-height: 2.75rem;
      padding: 0 var(--_portal-space-s);
      border: 2px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
      background: var(--_portal-surface);
      color: var(--_portal-text);
      font: inherit;
    }

    textarea {
      max-width: 40rem;
      padding: var(--_portal-space-s);
      resize: vertical;
    }

    [aria-invalid='true'] {
      border-color: var(--_portal-danger);
    }

    .check {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: var(--_portal-space-xs) var(--_portal-space-s);
      align-items: start;
    }

    .check input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0.125rem 0 0;
      accent-color: var(--_portal-primary);
    }

    .check label {
      font-weight: 400;
    }

    .check .hint {
      grid-column: 2;
      margin: 0;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_portal-space-m);
    }

    .link,
    .toggle {
      min-height: 2.75rem;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_portal-primary);
      font: inherit;
      cursor: pointer;
    }

    .link {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .button-link {
      display: inline-flex;
      align-items: center;
    }

    a.primary {
      text-decoration: none;
    }

    .toggle {
      display: inline-flex;
      align-items: center;
      gap: var(--_portal-space-s);
      justify-self: start;
      color: var(--_portal-text);
    }

    .toggle .box {
      display: inline-grid;
      place-items: center;
      width: 1.5rem;
      height: 1.5rem;
      border: 2px solid var(--_portal-border);
      border-radius: 0.25rem;
      color: var(--_portal-primary);
      font-weight: 700;
    }

    .busy {
      min-height: 1.5em;
      margin: 0;
    }

    .summary {
      margin: 0 0 var(--_portal-space-m);
      padding: var(--_portal-space-m);
      border: 3px solid var(--_portal-danger);
      border-radius: var(--_portal-radius);
    }

    .summary-title {
      margin: 0 0 var(--_portal-space-s);
      font-size: var(--_portal-font-size-m);
    }

    .summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .summary li + li {
      margin-top: var(--_portal-space-xs);
    }

    .summary a {
      color: var(--_portal-danger);
      font-weight: 600;
    }

    @media (forced-colors: active) {
      [aria-invalid='true'] {
        border-width: 3px;
      }
      .summary {
        border-color: CanvasText;
      }
    }
  `,
];
