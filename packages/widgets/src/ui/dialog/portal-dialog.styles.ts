import { css } from 'lit';

/** Follows PortalElement.styles (host reset, tokens as `--_portal-*`, focus ring, buttons). */
export const styles = css`
  :host {
    display: contents;
  }

  dialog {
    width: calc(100% - 2 * var(--_portal-space-m));
    max-width: var(--portal-dialog-width, 36rem);
    max-height: calc(100% - 2 * var(--_portal-space-m));
    padding: 0;
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    background: var(--_portal-surface);
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
    gap: var(--_portal-space-m);
    padding: var(--_portal-space-m);
    border-bottom: 1px solid var(--_portal-border);
  }

  h2 {
    margin: 0;
    font-size: var(--_portal-font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
    align-self: center;
  }

  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: var(--_portal-space-xs);
  }

  .body {
    flex: 1 1 auto;
    overflow: auto;
    padding: var(--_portal-space-m);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_portal-space-s);
    padding: var(--_portal-space-m);
    border-top: 1px solid var(--_portal-border);
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
  }
`;
