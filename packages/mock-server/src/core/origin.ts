import type { components } from '@clientportal/sdk/generated';

type Origin = components['schemas']['AccessOrigin'];

/** An IP address with its last part hidden: `192.0.2.x`, `2001:db8:85a3:x`. */
export function maskAddress(address: string): string {
  const ip = address.trim();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.replace(/\.\d+$/, '.x');
  if (ip.includes(':')) return `${ip.split(':').filter(Boolean).slice(0, 3).join(':')}:x`;
  return 'x';
}

/** The kind of device a User-Agent names. */
export function deviceOf(userAgent: string | null): Origin['device'] {
  if (!userAgent) return 'unknown';
  if (/iPad|Tablet/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|Android/i.test(userAgent)) return 'phone';
  return 'computer';
}

/** The browser's User-Agent when the mock runs in a page; null elsewhere. */
function pageUserAgent(): string | null {
  return typeof window === 'undefined' ? null : window.navigator.userAgent;
}

/**
 * Where a portal request came from, for the access log (NEN 7513): the address a proxy passed
 * on (`X-Forwarded-For`), else the loopback address the mock runs on, and the device class.
 */
export function requestOrigin(request: Request): Origin {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0];
  return {
    channel: 'portal',
    address: maskAddress(forwarded || '127.0.0.1'),
    // In the page (service worker) the request carries no User-Agent: the page's browser sent it.
    device: deviceOf(request.headers.get('user-agent') ?? pageUserAgent()),
  };
}
