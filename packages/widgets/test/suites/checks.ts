// What the shared suites look for in an element, each as a one-line cause (none when fine).

/** Attributes that load or navigate to a URL (`xlink:href` is `href` by its local name). */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'ping'];
/** The schemes a link or source may have. */
const ALLOWED_SCHEMES = ['https:', 'mailto:', 'tel:'];

/** Every element of a tree, looking into open shadow roots. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

function elementsOf(host: Element): Element[] {
  return [host, ...deepElements(host.shadowRoot ?? host), ...deepElements(host)];
}

/**
 * Whether a URL attribute's value is allowed: `https:`, `mailto:`, `tel:`; a relative URL that
 * stays on the page's origin; and `blob:` of the page's own origin, which is how a file the
 * person picked is previewed before sending (it holds only what they chose themselves).
 */
export function allowedUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, location.href);
  } catch {
    return false;
  }
  if (ALLOWED_SCHEMES.includes(url.protocol)) return true;
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && !value.trim().startsWith('//');
  if (relative) return url.origin === location.origin;
  return url.protocol === 'blob:' && value.startsWith(`blob:${location.origin}/`);
}

/** Links and sources with a scheme other than https:, mailto:, tel: (see `allowedUrl`). */
export function badUrls(host: Element): string[] {
  const found: string[] = [];
  for (const el of elementsOf(host)) {
    for (const attr of Array.from(el.attributes)) {
      if (!URL_ATTRIBUTES.includes(attr.localName)) continue;
      if (attr.localName === 'data' && el.localName !== 'object') continue;
      const values =
        attr.localName === 'srcset'
          ? attr.value.split(',').map((v) => v.trim().split(/\s+/)[0] ?? '')
          : [attr.value];
      for (const value of values) {
        if (!allowedUrl(value))
          found.push(`<${el.localName} ${attr.name}="${value.slice(0, 60)}">`);
      }
    }
    if (['script', 'iframe', 'object', 'embed'].includes(el.localName))
      found.push(`a <${el.localName}> element`);
  }
  return [...new Set(found)];
}

function clipsX(el: Element): boolean {
  const overflow = getComputedStyle(el).overflowX;
  return (
    overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip'
  );
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : el.id ? ` id="${el.id}"` : ''}>`;
}

/** The innermost element that reaches past `edge`, outside scroll areas. */
function widest(parent: Element | ShadowRoot, edge: number): Element | undefined {
  for (const el of Array.from(parent.children)) {
    const beyond = el.getBoundingClientRect().right > edge;
    const inner = clipsX(el) ? undefined : widest(el.shadowRoot ?? el, edge);
    if (inner) return inner;
    if (beyond) return el;
  }
  return undefined;
}

/** Whether anything in the element reaches past its right edge (scroll areas inside may). */
export function overflow(host: HTMLElement): string | undefined {
  if (getComputedStyle(host).display === 'contents') return undefined;
  const edge = host.getBoundingClientRect().right + 1;
  const culprit = host.shadowRoot ? widest(host.shadowRoot, edge) : undefined;
  if (culprit) {
    const right = Math.round(culprit.getBoundingClientRect().right);
    return `overflows its box at ${Math.round(edge - 1)} px: ${describe(culprit)} ends at ${right} px`;
  }
  if (host.scrollWidth > host.clientWidth + 1)
    return `overflows its box: scrollWidth ${host.scrollWidth} > clientWidth ${host.clientWidth}`;
  return undefined;
}

/** A failure line: the element, the state or fault, the cause. */
export const line = (tag: string, where: string, cause: string) => `${tag} [${where}] ${cause}`;
