// The strict-CSP suite's site: one page with every element under a provider, served with the
// strict Content-Security-Policy (scripts/csp.mjs), the build from dist/, and the API passed on
// to the mock backend's HTTP server (same origin, as `connect-src 'self'` asks).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { strictCsp } from './csp.mjs';
import { widgetsDir } from './panels.mjs';
import { suiteElements } from './suites-elements.mjs';

const dist = join(widgetsDir, 'dist');
/** The elements on the page, as the build finds them. */
export const elements = suiteElements();

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: a provider holding every element, with their hint attributes, and the loader. */
export function pageHtml() {
  const tags = elements
    .filter((e) => e.tag !== 'portal-provider')
    .map((e) => {
      const attributes = Object.entries(e.hints.attributes ?? {})
        .map(([k, v]) => ` ${k}="${escape(v)}"`)
        .join('');
      return `<${e.tag}${attributes}></${e.tag}>`;
    });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Strict CSP</title>
    <meta name="viewport" content="width=device-width"></head><body><main><h1>Alle onderdelen</h1>
    <portal-provider api-base="/api/v1" locale="nl">${tags.join('\n')}</portal-provider></main>
    <script type="module" src="/clientportal.js"></script></body></html>`;
}

const types = { '.js': 'text/javascript', '.map': 'application/json' };

/** Serves the page with the policy, the build from dist/, and the API through to the mock. */
export function startSite(mockUrl) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path.startsWith('/api/')) return void forward(`${mockUrl}${req.url}`, req, res);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': strictCsp });
      return void res.end(pageHtml());
    }
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Passes one API request on to the mock's HTTP server, cookies and all. */
async function forward(url, req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = Object.fromEntries(
    Object.entries(req.headers).filter(([k]) => !['host', 'connection'].includes(k)),
  );
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  try {
    const answer = await fetch(url, { method: req.method, headers, body, redirect: 'manual' });
    const out = {};
    answer.headers.forEach((v, k) => {
      if (!['set-cookie', 'content-encoding', 'content-length'].includes(k)) out[k] = v;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) out['set-cookie'] = cookies;
    res.writeHead(answer.status, out);
    res.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    if (!res.headersSent) res.writeHead(502).end();
  }
}

/** Records violations from before the page's first script. */
export function recordViolations() {
  globalThis.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    globalThis.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
  );
}
