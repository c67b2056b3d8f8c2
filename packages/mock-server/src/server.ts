import { createServer, type IncomingMessage, type Server } from 'node:http';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else if (value !== undefined) headers.set(key, value);
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET') && chunks.length > 0;
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

/**
 * Serves the mock backend over real HTTP on 127.0.0.1, for curl or any other client, with the
 * outbox (every SMS and e-mail "sent") at `GET /__dev/outbox`.
 */
export async function startHttpMock(
  options: MockBackendOptions & { port?: number } = {},
): Promise<{ server: Server; backend: MockBackend; url: string }> {
  const backend = createMockBackend({ ...options, baseUrl: options.baseUrl ?? '*/api/v1' });
  const server = createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    try {
      if (req.method === 'GET' && req.url?.startsWith('/__dev/outbox')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(backend.outbox(), null, 2));
        return;
      }
      const response = await getResponse(backend.handlers, await toRequest(req, origin));
      if (!response || response.type === 'error') {
        res.writeHead(response ? 503 : 404, { 'Content-Type': 'application/problem+json' });
        res.end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Not available',
            status: response ? 503 : 404,
            code: response ? 'service_unavailable' : 'not_found',
          }),
        );
        return;
      }
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') headers[key] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) headers['set-cookie'] = cookies;
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'Content-Type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Internal error',
          status: 500,
          code: 'internal_error',
        }),
      );
    }
  });
  const port = options.port ?? 4010;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, backend, url: `http://127.0.0.1:${actual}` };
}
