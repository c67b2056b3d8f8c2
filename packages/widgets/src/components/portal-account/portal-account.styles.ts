import { css } from 'lit';

/** Follows PortalElement.styles and the field-message styles. */
export const styles = css`
  .who {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_portal-space-xs) var(--_portal-space-m);
    margin: 0 0 var(--_portal-space-l);
  }

  .who dt {
    font-weight: 600;
  }

  .who dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  h3 {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }

  form {
    display: grid;
    gap: var(--_portal-space-m);
    max-width: 32rem;
  }

  .rules {
    margin: 0;
    color: var(--_portal-muted);
  }

  .field {
    display: grid;
    gap: var(--_portal-space-xs);
  }

  label {
    font-weight: 600;
  }

  input[type='password'],
  input[type='text'] {
    min-height: 2.75rem;
    padding: 0 var(--_portal-space-s);
    border: 2px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
    color: inherit;
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_portal-danger);
  }

  .toggle {
    display: flex;
    align-items: center;
    gap: var(--_portal-space-s);
    font-weight: 400;
  }

  .toggle input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }

  .summary {
    padding: var(--_portal-space-m);
    border: 3px solid var(--_portal-danger);
    border-radius: var(--_portal-radius);
  }

  .summary h4 {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }

  .summary ul {
    margin: 0;
    padding-inline-start: var(--_portal-space-l);
  }

  .summary a {
    color: var(--_portal-danger);
    font-weight: 600;
  }

  .done {
    margin: 0;
    padding: var(--_portal-space-m);
    border: 2px solid var(--_portal-success);
    border-radius: var(--_portal-radius);
    color: var(--_portal-success);
    font-weight: 600;
  }

  .done::before {
    content: '✓\\FE0E' / '';
    margin-inline-end: 0.35em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_portal-space-m);
  }

  .busy {
    margin: 0;
    color: var(--_portal-muted);
  }

  @media (forced-colors: active) {
    .summary,
    .done,
    input[aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
