import { css } from 'lit';

/** Follows PortalElement.styles. */
export const styles = css`
  .notice {
    margin: 0;
    padding: var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-inline-start: 6px solid var(--_portal-primary);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
    font-weight: 600;
  }

  .countdown {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-l);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .countdown + p,
  .ended {
    margin: 0;
  }

  .problem {
    margin: var(--_portal-space-s) 0 0;
    color: var(--_portal-danger);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
`;
