// Plain calls to the mock API for the story setup, made as the widgets make them.

/** Where the widgets find the API in Storybook (the provider's `api-base`). */
export const apiBase = '/api/v1';

/** Calls the API (POSTs with the cross-site header); a failed answer fails the story's setup. */
export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers:
      method === 'POST' ? { 'Content-Type': 'application/json', 'X-Portal-Request': '1' } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`Story setup: ${method} ${path} answered ${response.status} ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
