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
    fromHeader.add(key);
    cookies[key] = decodeURIComponent(rest.join('='));
  }
  return cookies;
}

/** A Set-Cookie value with the attributes the contract requires. */
export function setCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const age = maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`;
  return `${name}=${encodeURIComponent(value)}; Path=/${age}; Secure; HttpOnly; SameSite=Strict`;
}
