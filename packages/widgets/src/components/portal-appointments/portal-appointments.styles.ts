import { css } from 'lit';

/** The look of `<portal-appointments>`. */
export const styles = css`
  .toolbar,
  .group,
  .actions,
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_portal-space-s);
  }

  .toolbar {
    justify-content: space-between;
    margin-bottom: var(--_portal-space-m);
  }

  [aria-pressed='true'] {
    background: var(--_portal-primary);
    color: var(--_portal-on-primary);
  }

  .day h3,
  .week-day h3 {
    margin: var(--_portal-space-m) 0 var(--_portal-space-s);
    font-size: var(--_portal-font-size-m);
  }

  ul {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  /* Care appointments: a thick left border and a grey background, and the word "Zorgafspraak". */
  .item.care {
    border-inline-start: 6px solid var(--_portal-primary);
    background: var(--_portal-surface-alt);
  }

  .item h4,
  .item p {
    margin: 0 0 var(--_portal-space-xs);
  }

  .when {
    font-weight: 600;
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_portal-space-s);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    font-size: var(--_portal-font-size-s);
  }

  .change {
    margin-top: var(--_portal-space-s);
    font-weight: 600;
  }

  .week {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_portal-space-m);
  }

  .notice {
    padding: var(--_portal-space-s) var(--_portal-space-m);
    border-inline-start: 4px solid var(--_portal-success);
    font-weight: 600;
  }

  fieldset {
    margin: var(--_portal-space-m) 0;
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
  }

  .choice {
    display: flex;
    gap: var(--_portal-space-s);
    align-items: flex-start;
    margin: var(--_portal-space-s) 0;
    font-weight: 400;
  }

  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15rem;
  }

  input[type='date'],
  input[type='time'] {
    min-height: 2.75rem;
    padding: 0 var(--_portal-space-s);
    border: 1px solid var(--_portal-border);
    border-radius: var(--_portal-radius);
    font: inherit;
  }

  .field {
    display: grid;
    gap: var(--_portal-space-xs);
    margin-bottom: var(--_portal-space-s);
  }
`;
