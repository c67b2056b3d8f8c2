/**
 * Live regions for status messages ("Bericht verstuurd"), so screen-reader users hear what
 * sighted users see. One polite and one assertive region per shadow root or document, created
 * on first use and reused after.
 */

/** Options for {@link announce}. */
export interface AnnounceOptions {
  /** Interrupt the screen reader (errors that block the user); polite by default. */
  assertive?: boolean;
}

type Politeness = 'polite' | 'assertive';

/** The attribute that marks a live region made here; its value is the politeness. */
export const LIVE_REGION_ATTRIBUTE = 'data-portal-live';

/**
 * Screen readers only notice a change to a region that was already in the accessibility tree,
 * so the text goes in a moment after the region exists or was emptied.
 */
const SETTLE_MS = 50;

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  resolve: () => void;
}

const pending = new WeakMap<HTMLElement, Pending>();

/** The shadow root (or document) whose live regions serve `host`. */
function rootOf(host: Node): ShadowRoot | Document {
  if (host instanceof Element && host.shadowRoot) return host.shadowRoot;
  const root = host.getRootNode();
  return root instanceof ShadowRoot ? root : (host.ownerDocument ?? document);
}

function hideVisually(el: HTMLElement): void {
  // Set through the CSSOM (not a style attribute) so a strict Content-Security-Policy allows it.
  const s = el.style;
  s.setProperty('position', 'absolute');
  s.setProperty('width', '1px');
  s.setProperty('height', '1px');
  s.setProperty('margin', '-1px');
  s.setProperty('padding', '0');
  s.setProperty('overflow', 'hidden');
  s.setProperty('clip', 'rect(0 0 0 0)');
  s.setProperty('clip-path', 'inset(50%)');
  s.setProperty('white-space', 'nowrap');
  s.setProperty('border', '0');
}

function createRegion(doc: Document, politeness: Politeness): HTMLElement {
  const region = doc.createElement('div');
  region.setAttribute(LIVE_REGION_ATTRIBUTE, politeness);
  region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  hideVisually(region);
  return region;
}

/**
 * Finds or creates the live region of the given politeness in `host`'s shadow root or document.
 * In a shadow root it goes first, before the nodes Lit renders, so a re-render never removes it.
 */
export function liveRegionFor(host: Node, politeness: Politeness = 'polite'): HTMLElement {
  const root = rootOf(host);
  const selector = `[${LIVE_REGION_ATTRIBUTE}="${politeness}"]`;
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  const doc = root instanceof Document ? root : root.ownerDocument;
  const region = createRegion(doc, politeness);
  if (root instanceof Document) root.body.append(region);
  else root.insertBefore(region, root.firstChild);
  return region;
}

/**
 * Announces `text` to screen readers through the live region of `host`'s shadow root (when
 * `host` has one or sits in one) or of the document. The same text twice is announced twice.
 * Resolves when the text is in the region.
 */
export function announce(host: Node, text: string, options: AnnounceOptions = {}): Promise<void> {
  const region = liveRegionFor(host, options.assertive ? 'assertive' : 'polite');
  const previous = pending.get(region);
  if (previous) {
    // A newer message replaces one not yet spoken; its caller need not wait any longer.
    clearTimeout(previous.timer);
    previous.resolve();
  }
  region.textContent = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(region);
      region.textContent = text;
      resolve();
    }, SETTLE_MS);
    pending.set(region, { timer, resolve });
  });
}
