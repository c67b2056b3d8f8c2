import { css } from 'lit';

/** The look of `<portal-plan-signing>`. */
export const styles = css`
  .plans {
    display: grid;
    gap: var(--_portal-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .plan {
    padding: var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  /* The version awaiting a decision stands out by its border, not by colour alone. */
  .plan.awaiting-decision {
    border-width: 3px;
    border-color: var(--_portal-primary);
  }

  .plan h3 {
    margin: 0;
    font-size: var(--_portal-font-size-m);
  }

  .plan p {
    margin: var(--_portal-space-xs) 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
    margin-top: var(--_portal-space-s);
  }

  .notice {
    margin: 0 0 var(--_portal-space-m);
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border-inline-start: 4px solid var(--_portal-success);
    font-weight: 600;
  }

  .notice.problem {
    border-color: var(--_portal-danger);
  }

  .field {
    display: grid;
    gap: var(--_portal-space-xs);
    margin-bottom: var(--_portal-space-m);
  }

  label {
    font-weight: 600;
  }

  textarea {
    font: inherit;
    padding: var(--_portal-space-s);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  .count {
    margin: 0;
    font-size: var(--_portal-font-size-s);
  }

  .link {
    margin-top: var(--_portal-space-s);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_portal-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-height: 2.75rem;
  }
`;
