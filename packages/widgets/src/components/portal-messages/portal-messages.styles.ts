import { css } from 'lit';

/** Follows PortalElement.styles and the field-message styles. */
export const styles = css`
  h3 {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }

  .plain {
    margin: 0 0 var(--_portal-space-m);
    padding: 0;
    list-style: none;
  }

  .plain > li + li {
    border-top: 1px solid var(--_portal-border);
  }

  .message,
  .pending {
    padding: var(--_portal-space-s) 0;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
    align-items: baseline;
    margin: 0;
  }

  .body,
  .snippet {
    margin: var(--_portal-space-xs) 0 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }

  .small {
    margin: var(--_portal-space-xs) 0 0;
    font-size: var(--_portal-font-size-s);
  }

  .badge {
    padding: 0 var(--_portal-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_portal-radius);
    color: var(--_portal-primary);
    font-size: var(--_portal-font-size-s);
    font-weight: 600;
  }

  .conversation {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_portal-space-s);
    width: 100%;
    padding: var(--_portal-space-s);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .conversation:hover {
    background: var(--_portal-surface-alt);
  }

  .names {
    font-weight: 600;
  }

  .conversation .snippet {
    grid-column: 1 / -1;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    white-space: normal;
  }

  .failed {
    border-inline-start: 4px solid var(--_portal-danger);
    padding-inline-start: var(--_portal-space-s);
  }

  .not-sent {
    margin: var(--_portal-space-xs) 0 var(--_portal-space-s);
    color: var(--_portal-danger);
  }

  .composer,
  .field {
    display: grid;
    gap: var(--_portal-space-s);
  }

  .composer {
    margin: 0 0 var(--_portal-space-m);
  }

  fieldset {
    margin: 0;
    padding: var(--_portal-space-s);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  .group {
    border: 0;
    padding: 0;
  }

  legend,
  label {
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: var(--_portal-space-s);
    align-items: center;
    min-height: 2.75rem;
    font-weight: 400;
  }

  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }

  textarea {
    width: 100%;
    padding: var(--_portal-space-s);
    border: 2px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
    color: inherit;
    font: inherit;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_portal-danger);
  }

  .count.over {
    color: var(--_portal-danger);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
  }

  .attach {
    margin: 0;
    padding: 0;
    border: 0;
  }

  .attachments li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
    align-items: center;
  }

  .thread > * + * {
    margin-top: var(--_portal-space-s);
  }
`;
