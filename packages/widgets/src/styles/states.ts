import { css } from 'lit';

/** How the data states look in every panel. */
export const stateStyles = css`
  .state {
    margin: 0;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: var(--_portal-space-s);
    color: var(--_portal-muted);
    opacity: 0;
    animation: portal-appear 0s linear 300ms forwards;
  }

  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_portal-surface-alt);
    border-top-color: var(--_portal-primary);
    border-radius: 50%;
    animation: portal-spin 1s linear infinite;
  }

  .error {
    display: grid;
    gap: var(--_portal-space-s);
    justify-items: start;
    color: var(--_portal-danger);
  }

  .error p,
  .forbidden,
  .empty {
    margin: 0;
  }

  .forbidden,
  .empty {
    color: var(--_portal-muted);
  }

  @keyframes portal-appear {
    to {
      opacity: 1;
    }
  }

  @keyframes portal-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-top-color: var(--_portal-muted);
    }
  }
`;
