import { LitElement, type CSSResultGroup } from 'lit';
import { focusRing, hostReset, visuallyHidden } from '../ui/shared.styles.js';
import { panelStyles, tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/states.js';

/**
 * The tiny base of every panel: the host reset (so a host page's inherited styles do not leak
 * in), the tokens, the focus ring and the shared panel styles. Panels add `@localized()`
 * themselves (it must decorate the concrete class).
 */
export class PortalElement extends LitElement {
  /** The shared styles; a panel's own come after: `static styles = [PortalElement.styles, own]`. */
  static override styles: CSSResultGroup = [
    hostReset,
    tokens,
    focusRing,
    visuallyHidden,
    panelStyles,
    stateStyles,
  ];
}
