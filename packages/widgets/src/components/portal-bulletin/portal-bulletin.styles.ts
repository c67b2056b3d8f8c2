import { css } from 'lit';

/** Follows PortalElement.styles and the form kit's styles. */
export const styles = css`
  form {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0 0 var(--_portal-space-m);
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li + li {
    border-top: 1px solid var(--_portal-border);
  }

  article {
    padding: var(--_portal-space-s) 0;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
    margin: 0;
  }

  .text {
    margin: var(--_portal-space-xs) 0 var(--_portal-space-s);
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
  }
`;
