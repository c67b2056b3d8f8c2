import { css } from 'lit';

/** Follows PortalElement.styles and the form kit's styles. */
export const styles = css`
  :host {
    display: block;
  }

  .title {
    outline-offset: 4px;
  }

  p {
    margin: 0 0 var(--_portal-space-m);
  }
`;
