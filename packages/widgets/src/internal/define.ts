import { attachContextRoot } from './context-root.js';

/** Defines a tag once (a second bundle on the page may define it too) and attaches the context root. */
export function define(tag: string, element: CustomElementConstructor): void {
  attachContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, element);
}
