import { css } from 'lit';

/** Follows PortalElement.styles and the report rows' styles. */
export const styles = css`
  .download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_portal-space-s);
    margin: var(--_portal-space-s) 0;
  }
  .download-status {
    margin: 0;
  }
  .download-status.failed {
    color: var(--_portal-danger);
    font-weight: 600;
  }
  .list {
    --portal-virtual-list-height: var(--portal-reports-list-height, 32rem);
  }
  .recent {
    display: grid;
    gap: var(--_portal-space-m);
    margin: 0 0 var(--_portal-space-m);
    padding: 0;
    list-style: none;
  }
  .all {
    display: inline-block;
    color: var(--_portal-primary);
    font-weight: 600;
  }
  button.all {
    color: var(--_portal-primary);
  }
`;
