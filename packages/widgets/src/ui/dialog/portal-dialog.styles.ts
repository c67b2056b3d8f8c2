import { css } from 'lit';
import { focusRing, hostReset, plainButton } from '../shared.styles.js';

export const styles = [
  hostReset,
  focusRing,
  plainButton,
  css`
    :host {
      display: contents;
    }

    dialog {
      width: calc(100% - 2 * var(--portal-space-m, 1rem));
      max-width: var(--portal-dialog-width, 36rem);
      max-height: calc(100% - 2 * var(--portal-space-m, 1rem));
      padding: 0;
      border: 1px solid var(--portal-color-border, #6b7280);
      border-radius: var(--portal-radius, 0.375rem);
      background: var(--portal-color-surface, #ffffff);
      color: inherit;
      overscroll-behavior: contain;
    }

    dialog[open] {
      display: flex;
      flex-direction: column;
    }

    dialog::backdrop {
      background: var(--portal-dialog-backdrop, rgb(0 0 0 / 0.5));
    }

    .header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--portal-space-m, 1rem);
      padding: var(--portal-space-m, 1rem);
      border-bottom: 1px solid var(--portal-color-border, #6b7280);
    }

    h2 {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.3;
      overflow-wrap: anywhere;
      align-self: center;
    }

    .close {
      flex: none;
    }

    .body {
      flex: 1 1 auto;
      overflow: auto;
      padding: var(--portal-space-m, 1rem);
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--portal-space-s, 0.5rem);
      padding: var(--portal-space-m, 1rem);
      border-top: 1px solid var(--portal-color-border, #6b7280);
    }

    .footer[hidden] {
      display: none;
    }

    @media (prefers-reduced-motion: no-preference) {
      dialog[open] {
        animation: portal-dialog-in 160ms ease-out;
      }

      dialog[open]::backdrop {
        animation: portal-dialog-fade 160ms ease-out;
      }
    }

    @keyframes portal-dialog-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }

    @keyframes portal-dialog-fade {
      from {
        opacity: 0;
      }
    }

    @media (forced-colors: active) {
      dialog {
        border: 2px solid CanvasText;
      }

      .header,
      .footer {
        border-color: CanvasText;
      }

      .button {
        border-color: ButtonText;
      }
    }
  `,
];
