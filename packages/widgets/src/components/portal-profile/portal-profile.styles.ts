import { css } from 'lit';

/** The profile's layout: groups of label and value, side by side where there is room. */
export const profileStyles = css`
  .intro {
    margin: 0 0 var(--_portal-space-m);
  }
  h3 {
    margin: var(--_portal-space-l) 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }
  dl {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_portal-space-xs) var(--_portal-space-m);
    padding: var(--_portal-space-s) 0;
    border-top: 1px solid var(--_portal-surface-alt);
  }
  dt {
    color: var(--_portal-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .lines {
    display: block;
  }
  a {
    color: var(--_portal-primary);
  }
  @container (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  :host {
    container-type: inline-size;
  }
`;

/** The list of correction requests. */
export const requestStyles = css`
  .requests {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .requests li {
    padding: var(--_portal-space-s) 0;
    border-top: 1px solid var(--_portal-surface-alt);
    overflow-wrap: anywhere;
  }
  .requests p {
    margin: 0;
  }
`;
