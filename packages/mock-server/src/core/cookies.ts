/** The session cookie's name (see the contract's `sessionCookie` security scheme). */
export const SESSION_COOKIE = '__Host-portal-session';
/** The trusted-device cookie's name (code policy `new-device`). */
export const DEVICE_COOKIE = '__Host-portal-device';

/** Reads one cookie from a request's Cookie header (the first occurrence wins). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** A Set-Cookie value with the attributes the contract requires. */
export function setCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const age = maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`;
  return `${name}=${encodeURIComponent(value)}; Path=/${age}; Secure; HttpOnly; SameSite=Strict`;
}
