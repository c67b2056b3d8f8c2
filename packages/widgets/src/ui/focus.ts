/**
 * Focus helpers that see through shadow roots and slots, in the order a keyboard user meets
 * elements (the flat tree).
 */

/** The element that really has focus, looking inside shadow roots. */
export function deepActiveElement(doc: Document = document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Whether a keyboard user can reach `el` with Tab. */
export function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
  if (el.matches(':disabled') || el.closest('[inert]')) return false;
  return el.checkVisibility({ visibilityProperty: true });
}

/** The children of `node` in the flat tree: slotted elements instead of slots, shadow before light. */
function flatChildren(node: Element | ShadowRoot): Element[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.children];
  return [...node.children];
}

/** Every Tab stop inside `root` (itself excluded), in flat-tree order. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of flatChildren(node)) {
      if (isTabbable(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}
