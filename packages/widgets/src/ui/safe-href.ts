// The one check of an address the host page gives a panel for a link ("Alle rapportages", "Naar
// inloggen"): a page of this site or an https: address; anything else is left out.

/**
 * The address as an absolute URL when it is a page of this site or an `https:` address;
 * `undefined` for anything else (`javascript:`, `data:`, an address that does not parse).
 */
export function safeHref(href: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.origin === location.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}
