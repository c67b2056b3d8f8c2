// A small static file server for the built Storybook, on a free port of localhost.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `dir` at http://127.0.0.1:<port>/; resolves to `{ url, close }`. */
export function serveStatic(dir) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The story iframe names no icon, so Chromium asks for the classic one.
    if (path === '/favicon.ico') path = '/favicon.svg';
    const file = join(dir, normalize(path).replace(/^([/\\]|\.\.)+/, '') || 'index.html');
    try {
      const body = await readFile(file.endsWith('/') ? `${file}index.html` : file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      // Hashed assets may be cached, so the browser keeps their compiled code between stories.
      const cache = path.startsWith('/assets/') ? 'max-age=3600, immutable' : 'no-cache';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
      response.end(body);
    } catch {
      if (process.env.SB_DEBUG) console.log('404', request.url, file);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    });
  });
}
