import { getResponse, type RequestHandler } from 'msw';

/** A `fetch` that acts like one browser: its own cookie jar, answered by the given MSW handlers. */
export interface BrowserLikeFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** The cookies this "browser" holds now, by name. */
  cookies: Map<string, string>;
}

/**
 * Makes a fetch for tests that need several independent people at once (each with its own
 * session cookie), without a network or global interception. Requests no handler answers fail
 * as a network error would.
 */
export function createBrowserLikeFetch(handlers: RequestHandler[]): BrowserLikeFetch {
  const cookies = new Map<string, string>();
  const fetchLike = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (cookies.size) {
      request.headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await getResponse(handlers, request);
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair!.trim().split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) cookies.delete(name!);
      else cookies.set(name!, rest.join('='));
    }
    return response;
  }) as BrowserLikeFetch;
  fetchLike.cookies = cookies;
  return fetchLike;
}
