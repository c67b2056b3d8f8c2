import { css } from 'lit';

/** Follows PortalElement.styles and the form kit's styles. */
export const styles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-xs);
    border-bottom: 2px solid var(--_portal-border);
  }
  .tab {
    min-height: 2.75rem;
    padding: 0 var(--_portal-space-m);
    border: 0;
    border-bottom: 4px solid transparent;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_portal-primary);
    color: var(--_portal-primary);
  }
  .tabpanel {
    display: grid;
    gap: var(--_portal-space-m);
    padding: var(--_portal-space-m) 0;
  }
  .done {
    margin: 0;
    color: var(--_portal-success);
    font-weight: 600;
  }
  .done:empty {
    display: none;
  }
  .timeline-box h3,
  .plan h3 {
    margin: 0 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }
  .timeline {
    margin: 0;
    padding-inline-start: var(--_portal-space-l);
  }
  .timeline time {
    color: var(--_portal-muted);
  }
  .kind {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }

  .attach {
    margin: 0 0 var(--_portal-space-m, 1rem);
    padding: 0;
    border: 0;
  }
`;
