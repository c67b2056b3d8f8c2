// The demo site's server: Vite for the pages (TypeScript compiled on the fly), the mock backend
// over real HTTP behind the same origin, and the strict-CSP page with its header.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createServer } from 'vite';
import { strictCsp } from './csp.mjs';
import { root } from './panels.mjs';

/** The page served under the strict Content-Security-Policy, and its address. */
export const strictPage = { file: join(root, 'demo/strict/index.html'), path: '/strict/' };

/** Paths the mock's HTTP server answers: the API and its outbox of SMS codes and e-mails. */
const toMock = /^\/(api\/|__dev\/)/;

/** Passes a request on to the mock's HTTP server, as a reverse proxy in front of an API does. */
function forward(target, req, res) {
  const upstream = request(
    `${target}${req.url}`,
    { method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/**
 * The strict page is sent as written, with the policy's header and without Vite's dev client
 * (a real site serves no such script); its modules still come through Vite.
 */
function strictPagePlugin(mock) {
  return {
    name: 'demo-strict-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://demo').pathname;
        if (toMock.test(path)) return forward(mock.url, req, res);
        if (path !== strictPage.path && path !== `${strictPage.path}index.html`) return next();
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': strictCsp,
          'cache-control': 'no-store',
        });
        res.end(readFileSync(strictPage.file));
      });
    },
  };
}

/**
 * Starts the demo on 127.0.0.1:`port`: `{ url, server, close }`. Every page talks to the mock
 * backend over HTTP behind the same origin, like a real site: its data stays on the server between
 * pages and reloads, the session is an HttpOnly cookie, and the browser keeps nothing in web
 * storage. The strict page is sent with the strict Content-Security-Policy.
 */
export async function startDemo({ port = 8000 } = {}) {
  const host = '127.0.0.1';
  const mock = { url: '' };
  const server = await createServer({
    configFile: false,
    root: join(root, 'demo'),
    publicDir: false,
    cacheDir: join(root, 'node_modules/.vite-demo'),
    appType: 'mpa',
    clearScreen: false,
    logLevel: 'warn',
    plugins: [strictPagePlugin(mock)],
    server: { host, port, strictPort: true, fs: { allow: [root] } },
  });
  const { startHttpMock } = await server.ssrLoadModule(
    join(root, 'packages/mock-server/src/server.ts'),
  );
  const http = await startHttpMock({ port: 0 });
  mock.url = http.url;
  await server.listen();
  const close = async () => {
    await server.close();
    await new Promise((done) => http.server.close(done));
  };
  return { url: `http://${host}:${port}/`, server, close };
}
