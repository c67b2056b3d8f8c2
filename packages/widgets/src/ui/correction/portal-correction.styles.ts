import { css } from 'lit';

/** The quiet link-like button, and the short form under it. */
export const correctionStyles = css`
  :host {
    display: block;
  }
  .toggle {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_portal-primary);
    font: inherit;
    font-size: var(--_portal-font-size-s);
    text-decoration: underline;
    cursor: pointer;
  }
  form {
    display: grid;
    gap: var(--_portal-space-s);
    margin-top: var(--_portal-space-s);
    padding: var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }
  .heading {
    margin: 0;
    font-size: var(--_portal-font-size-m);
  }
  .done {
    margin: var(--_portal-space-xs) 0 0;
    color: var(--_portal-success);
  }
  .general {
    margin: 0;
    color: var(--_portal-danger);
  }
`;
