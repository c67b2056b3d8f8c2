import { css } from 'lit';

/** The care team: one card per person, the button under the name where there is no room. */
export const careTeamStyles = css`
  ul {
    display: grid;
    gap: var(--_portal-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_portal-space-s) var(--_portal-space-m);
    padding: var(--_portal-space-s) 0;
    border-top: 1px solid var(--_portal-surface-alt);
  }
  .name {
    margin: 0;
    font-size: var(--_portal-font-size-m);
    overflow-wrap: anywhere;
  }
  .role,
  .phone {
    margin: 0;
  }
  .role {
    color: var(--_portal-muted);
  }
  a {
    color: var(--_portal-primary);
  }
`;
