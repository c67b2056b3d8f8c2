import { css } from 'lit';

/** The look of `<portal-user-management>`. */
export const styles = css`
  .people {
    display: grid;
    gap: var(--_portal-space-m);
    margin: 0 0 var(--_portal-space-l);
    padding: 0;
    list-style: none;
  }

  .person {
    padding: var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  .person h3,
  .add h3 {
    margin: 0;
    font-size: var(--_portal-font-size-m);
  }

  .person p {
    margin: var(--_portal-space-xs) 0;
  }

  fieldset {
    margin: var(--_portal-space-s) 0;
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  legend {
    font-weight: 600;
  }

  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_portal-space-xs) var(--_portal-space-m);
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--_portal-space-s);
    min-height: 2.75rem;
  }

  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }

  .notice {
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border-inline-start: 4px solid var(--_portal-success);
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: var(--_portal-space-xs);
    margin: var(--_portal-space-m) 0;
    max-width: 30rem;
  }

  label {
    font-weight: 600;
  }

  .check {
    font-weight: 400;
  }

  .hint {
    margin: 0;
    font-size: var(--_portal-font-size-s);
  }

  input:not([type='checkbox']) {
    min-height: 2.75rem;
    padding: 0 var(--_portal-space-s);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    font: inherit;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
  }
`;
