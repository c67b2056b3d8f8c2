import { localized } from '@lit/localize';
import { LitElement, type CSSResultGroup } from 'lit';
import { focusRing, hostReset, visuallyHidden } from '../ui/shared.styles.js';
import { panelStyles, tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/states.js';

/**
 * The tiny base of every panel: re-renders when the locale changes (`@localized()`, inherited by
 * every subclass), resets the host page's inherited styles, and brings the tokens, the focus
 * ring and the shared panel styles. The design tokens below theme every panel.
 *
 * @cssproperty --portal-color-primary - Buttons, links and the spinner (default #0b5cad).
 * @cssproperty --portal-color-on-primary - Text on the primary colour (default #ffffff).
 * @cssproperty --portal-color-text - Body text (default #1a1a1a).
 * @cssproperty --portal-color-muted - Secondary text, at least 4.5:1 on the surface (default #4b5563).
 * @cssproperty --portal-color-surface - The panel's background (default #ffffff).
 * @cssproperty --portal-color-surface-alt - Quiet backgrounds such as table stripes (default #f3f4f6).
 * @cssproperty --portal-color-border - Borders of panels and fields, 3:1 on the surface (default #6b7280).
 * @cssproperty --portal-color-danger - Errors (default #b91c1c).
 * @cssproperty --portal-color-success - Confirmations (default #166534).
 * @cssproperty --portal-color-focus - The focus ring's colour (default #1d4ed8).
 * @cssproperty --portal-focus-ring - The whole focus outline (default `3px solid` the focus colour).
 * @cssproperty --portal-font-family - The font (default the system's sans-serif).
 * @cssproperty --portal-font-size-s - Small text (default 0.9375rem).
 * @cssproperty --portal-font-size-m - Body text (default 1rem).
 * @cssproperty --portal-font-size-l - Panel headings (default 1.25rem).
 * @cssproperty --portal-space-xs - The smallest gap (default 0.25rem).
 * @cssproperty --portal-space-s - A small gap (default 0.5rem).
 * @cssproperty --portal-space-m - The padding of a panel (default 1rem).
 * @cssproperty --portal-space-l - A large gap (default 1.5rem).
 * @cssproperty --portal-radius - The corner radius of panels and buttons (default 0.375rem).
 */
@localized()
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
