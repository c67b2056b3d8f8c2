import { css } from 'lit';
import { focusRing, hostReset, plainButton } from '../shared.styles.js';

export const styles = [
  hostReset,
  focusRing,
  plainButton,
  css`
    :host {
      display: block;
    }

    .list {
      height: var(--portal-virtual-list-height, 28rem);
      border: 1px solid var(--portal-color-border, #6b7280);
      border-radius: var(--portal-radius, 0.375rem);
      background: var(--portal-color-surface, #ffffff);
      overscroll-behavior: contain;
    }

    .row {
      width: 100%;
      padding: var(--portal-space-s, 0.5rem) var(--portal-space-m, 1rem);
      border-bottom: 1px solid var(--portal-color-border, #6b7280);
    }

    /* Inside the scroller an outside outline would be cut off. */
    .row:focus-visible {
      outline-offset: -3px;
    }

    .status {
      margin: var(--portal-space-s, 0.5rem) 0 0;
      color: var(--portal-color-muted, #4b5563);
    }

    .status:empty {
      margin: 0;
    }

    .load-more {
      margin-top: var(--portal-space-s, 0.5rem);
    }

    @media (forced-colors: active) {
      .list,
      .row {
        border-color: CanvasText;
      }
    }
  `,
];
