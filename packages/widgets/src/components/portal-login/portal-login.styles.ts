import { css } from 'lit';
import { fieldMessage } from '../../ui/shared.styles.js';

/** The forms of the sign-in and account panels: big fields, clear messages, room to tap. */
export const formStyles = [
  fieldMessage,
  css`
    :host {
      display: block;
    }

    .title {
      outline-offset: 4px;
    }

    p {
      margin: 0 0 var(--_portal-space-m);
    }

    form {
      display: grid;
      gap: var(--_portal-space-m);
    }

    .field {
      display: grid;
      gap: var(--_portal-space-xs);
    }

    .field .message,
    .field .hint,
    .resend .hint,
    .resend .message {
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
    input[type='email'] {
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

    input[aria-invalid='true'] {
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

    .signed-in {
      margin: 0;
      font-weight: 600;
    }

    .notice {
      padding: var(--_portal-space-s) var(--_portal-space-m);
      border-inline-start: 4px solid var(--_portal-primary);
      background: var(--_portal-surface-alt);
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

    .terms {
      max-height: 16rem;
      overflow-y: auto;
      margin: 0 0 var(--_portal-space-m);
      padding: var(--_portal-space-m);
      border: 1px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
      background: var(--_portal-surface-alt);
    }

    .terms h3 {
      margin: 0 0 var(--_portal-space-s);
      font-size: var(--_portal-font-size-m);
    }

    .terms p:last-child {
      margin-bottom: 0;
    }

    /*
     * The code field says "too few digits" when it loses focus. Pressing the button below moves
     * focus; if the message then pushed the button down, the press would miss it. Room for two
     * lines keeps the button where it was.
     */
    portal-code-input::part(message) {
      min-height: 3em;
    }

    .resend {
      display: grid;
      gap: var(--_portal-space-xs);
      justify-items: start;
      margin-top: var(--_portal-space-l);
    }

    .invitations {
      display: grid;
      gap: var(--_portal-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .invitation {
      padding: var(--_portal-space-m);
      border: 1px solid var(--_portal-border);
      border-radius: var(--_portal-radius);
    }

    .invitation h3 {
      margin: 0 0 var(--_portal-space-s);
      font-size: var(--_portal-font-size-m);
    }

    .invitation ul {
      margin: 0 0 var(--_portal-space-m);
    }

    @media (forced-colors: active) {
      input[aria-invalid='true'] {
        border-width: 3px;
      }
      .summary {
        border-color: CanvasText;
      }
    }
  `,
];
