import { css } from 'lit';

/** Follows PortalElement.styles and the form kit's styles. */
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
    max-width: 32rem;
  }

  .done {
    margin: 0 0 var(--_portal-space-m);
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

  @media (forced-colors: active) {
    .done {
      border-color: CanvasText;
    }
  }
`;
