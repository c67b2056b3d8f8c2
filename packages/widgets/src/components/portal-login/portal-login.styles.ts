import { css } from 'lit';
import { formStyles as kit } from '../../ui/forms/index.js';

/** The sign-in panels: the form kit's fields, and the terms, the code and the invitations. */
export const formStyles = [
  ...kit,
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

    .resend .hint,
    .resend .message {
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
  `,
];
