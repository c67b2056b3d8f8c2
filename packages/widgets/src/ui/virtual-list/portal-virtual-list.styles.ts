import { css } from 'lit';

/** Follows PortalElement.styles (host reset, tokens as `--_portal-*`, focus ring, buttons). */
export const styles = css`
  :host {
    display: block;
  }

  .list {
    height: var(--portal-virtual-list-height, 28rem);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
    overscroll-behavior: contain;
  }

  .row {
    width: 100%;
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border-bottom: 1px solid var(--_portal-border);
  }

  /* Inside the scroller an outside outline would be cut off. */
  .row:focus-visible {
    outline-offset: -3px;
  }

  .status {
    margin: var(--_portal-space-s) 0 0;
    color: var(--_portal-muted);
  }

  .status:empty {
    margin: 0;
  }

  .load-more {
    margin-top: var(--_portal-space-s);
  }

  .load-problem {
    margin: var(--_portal-space-s) 0 0;
    color: var(--_portal-danger);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .list,
    .row {
      border-color: CanvasText;
    }
  }
`;
