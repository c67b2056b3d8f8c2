import { css } from 'lit';

/** Follows PortalElement.styles, the form kit's and the freshness line's styles. */
export const styles = css`
  .group {
    margin: var(--_portal-space-m) 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }
  .items {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: var(--_portal-space-xs);
    justify-items: start;
    padding: var(--_portal-space-s) 0;
    border-bottom: 1px solid var(--_portal-border);
  }
  .item-title {
    font-weight: 600;
  }
  .sent {
    margin: 0 0 var(--_portal-space-m);
    color: var(--_portal-success);
    font-weight: 600;
  }
  .questionnaire-title {
    margin: var(--_portal-space-m) 0 var(--_portal-space-xs);
    font-size: var(--_portal-font-size-m);
  }
  .intro {
    margin: 0 0 var(--_portal-space-m);
  }
  .question {
    margin: 0 0 var(--_portal-space-m);
    padding: 0;
    border: 0;
  }
  .question legend {
    padding: 0;
    font-weight: 600;
  }
  .question textarea {
    width: 100%;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s) var(--_portal-space-m);
    margin-top: var(--_portal-space-xs);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_portal-space-xs);
    min-height: 2.75rem;
  }
  .optional {
    font-weight: 400;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0 0 var(--_portal-space-s);
  }
`;
