import { css } from 'lit';

/** The log's rows live in the virtual list's shadow root: they are styled through their parts. */
export const accessLogStyles = css`
  .intro {
    margin: 0 0 var(--_portal-space-m);
  }
  portal-period-picker {
    margin-bottom: var(--_portal-space-m);
  }
  portal-virtual-list::part(entry-who) {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  portal-virtual-list::part(entry-what),
  portal-virtual-list::part(entry-when) {
    display: block;
  }
  portal-virtual-list::part(entry-meta) {
    display: block;
    color: var(--_portal-muted);
    font-size: var(--_portal-font-size-s);
    overflow-wrap: anywhere;
  }
`;
