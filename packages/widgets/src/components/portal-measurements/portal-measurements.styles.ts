import { css } from 'lit';

/** Follows PortalElement.styles, the freshness line, the chart and the views' styles. */
export const styles = css`
  .kind-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_portal-space-s);
  }
  select {
    max-inline-size: 100%;
  }
  .kind,
  .newest li {
    overflow-wrap: anywhere;
  }
  .trends {
    display: grid;
    gap: var(--_portal-space-l);
  }
  .kind h3 {
    margin: 0 0 var(--_portal-space-xs);
  }
  .all {
    display: inline-block;
    color: var(--_portal-primary);
    font-weight: 600;
  }
`;
