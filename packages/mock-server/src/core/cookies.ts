/** The session cookie's name (see the contract's `sessionCookie` security scheme). */
export const SESSION_COOKIE = '__Host-portal-session';
/** The trusted-device cookie's name (code policy `new-device`). */
export const DEVICE_COOKIE = '__Host-portal-device';

/**
 * The cookies of a request. In a page, MSW's service worker cannot see the Cookie header, so MSW
 * hands over the cookies it keeps for the mocked responses (`fromMsw`); a real Cookie header (Node
 * tests, the HTTP server) wins over those.
 */
export function requestCookies(
  request: Request,
  fromMsw: Record<string, string> = {},
): Record<string, string> {
  const cookies: Record<string, string> = { ...fromMsw };
  const fromHeader = new Set<string>();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (!key || fromHeader.has(key)) continue;
    const value = decodeCookieValue(rest.join('='));
    if (value === undefined) continue;
    fromHeader.add(key);
    cookies[key] = value;
  }
  return cookies;
}

/**
 * A cookie value percent-decoded, or undefined when it cannot be: the site's other cookies
 * (analytics, consent) are not ours to judge, so an undecodable one is ignored, never a 500.
 */
function decodeCookieValue(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** A Set-Cookie value with the attributes the contract requires. */
export function setCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const age = maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`;
  return `${name}=${encodeURIComponent(value)}; Path=/${age}; Secure; HttpOnly; SameSite=Strict`;
}
