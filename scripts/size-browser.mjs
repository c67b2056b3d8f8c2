// What a browser fetches with the one-script-tag embedding (dist/clientportal.js), measured in
// Chromium against the mock backend over HTTP: the loader, the sign-in page before the person can
// type and through the whole sign-in, each further element on a signed-in page, all the code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { tsImport } from 'tsx/esm/api';
import { chromiumLaunchOptions } from './chromium.mjs';
import { findElements, widgetsDir } from './panels.mjs';
import { signIn, untilSignInForm } from './sign-in.mjs';

/**
 * Budgets in kB (1000 bytes) of gzip -9 JavaScript, each file compressed on its own. Until one
 * can type: 30 (the platform chunk with Lit, @lit/context, @lit/localize, openapi-fetch, the SDK
 * and the provider; the form kit; the sign-in form). Through the sign-in: 40 (the code step and
 * the session chunk of the freshness line, the sign-out button and the session guard, fetched
 * at the sign-in; their dialog comes only when it may be needed).
 */
export const pageBudgets = { loader: 4, signInReady: 30, signInDone: 40, element: 7, lists: 14 };

/**
 * The code every long list shares, fetched once by the first list on a page: the virtualizer
 * (@lit-labs/virtualizer with Lit's async directives, about 10.3 kB of it), Lit's `repeat`
 * directive it renders with, and the period picker: 13.9 kB. Counted once, on its own row and
 * budget (14), not against whichever element happens to need it first.
 */
const sharedListChunks = /^chunks\/(portal-(virtual-list|period-picker)|repeat)-[\w-]+\.js$/;

/** The elements of the sign-in page, as in the README's embedding example. */
export const signInTags = [
  'portal-provider',
  'portal-sync-status',
  'portal-logout',
  'portal-login',
  'portal-session-guard',
];

const dist = join(widgetsDir, 'dist');
const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The lines of `npm run size -- --files`: each file with its gzip size. */
const listFiles = (files) =>
  [...files].map((f) => `  ${(gzipOf(join(dist, f)) / 1000).toFixed(1).padStart(5)} kB  ${f}`);

/** Every file of the loader's build: `clientportal.js` and its chunks. */
function loaderFiles() {
  const chunks = join(dist, 'chunks');
  const names = existsSync(chunks) ? readdirSync(chunks).filter((n) => n.endsWith('.js')) : [];
  return [join(dist, 'clientportal.js'), ...names.map((n) => join(chunks, n))];
}

/** A page with the sign-in elements (and `extra` beside them) that loads the loader. */
function pageWith(extra = []) {
  const body = extra.map((tag) => `<${tag}></${tag}>`).join('');
  return `<!doctype html><html lang="nl"><title>size</title>
    <portal-provider api-base="/api/v1"><portal-sync-status></portal-sync-status>
    <portal-logout></portal-logout><portal-login></portal-login>
    <portal-session-guard></portal-session-guard>${body}</portal-provider>
    <script type="module" src="/portaal/clientportal.js"></script></html>`;
}

/** Serves the pages and `dist/` at `/portaal/`, and passes the API on to the mock over HTTP. */
async function serve(mockUrl) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://size');
    if (/^\/(api|__dev)\//.test(url.pathname)) {
      const up = request(
        `${mockUrl}${req.url}`,
        { method: req.method, headers: req.headers },
        (a) => {
          res.writeHead(a.statusCode ?? 502, a.headers);
          a.pipe(res);
        },
      );
      up.on('error', () => res.writeHead(502).end());
      return void req.pipe(up);
    }
    const file = join(dist, url.pathname.replace(/^\/portaal\//, ''));
    if (url.pathname.startsWith('/portaal/') && file.startsWith(dist) && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(readFileSync(file));
    }
    const extra = url.searchParams.getAll('tag').filter((t) => /^portal-[a-z0-9-]+$/.test(t));
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(pageWith(extra));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** The chunk files of the element `tag` itself (not the shared chunks it needs). */
const isChunkOf = (tag, file) => new RegExp(`^chunks/${tag}-[\\w-]{8}\\.js$`).test(file);

/** Follows the JavaScript a page fetches; `bytes()` sums the gzip sizes of what it has so far. */
function followScripts(page) {
  const seen = new Set();
  let inFlight = 0;
  let lastEnd = Date.now();
  const ended = () => {
    inFlight--;
    lastEnd = Date.now();
  };
  page.on('request', () => void inFlight++);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/portaal/') && path.endsWith('.js')) seen.add(path.slice(9));
  });
  return {
    files: () => new Set(seen),
    bytes: () => [...seen].reduce((sum, f) => sum + gzipOf(join(dist, f)), 0),
    /** Whether nothing has been in flight for `ms` (Playwright's `networkidle` is only the load's). */
    quietFor: (ms) => inFlight <= 0 && Date.now() - lastEnd >= ms,
  };
}

/**
 * Waits until every element on the page is defined and no request has been in flight for
 * 500 ms, also after the page has loaded (what an element fetches once someone signs in).
 */
async function settled(page, scripts) {
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .map((e) => e.localName)
        .filter((t) => t.startsWith('portal-'))
        .map((t) => customElements.whenDefined(t)),
    ),
  );
  await page.waitForLoadState('networkidle');
  const until = Date.now() + 30_000;
  while (!scripts.quietFor(500) && Date.now() < until) await page.waitForTimeout(100);
}

/**
 * One row per further element: what its page fetches beyond the signed-in sign-in page and the
 * shared list code (its own row, counted once). An element that shows others (the dossier shows
 * the reports and the questionnaires) leaves out what their own pages fetch: counted in theirs.
 */
async function elementRows(context, siteUrl, signedIn) {
  const tags = findElements().map((e) => e.tag);
  const lists = new Set();
  /** What each further element's page fetches beyond the signed-in sign-in page. */
  const fetched = new Map();
  for (const { tag } of findElements().filter((e) => !signInTags.includes(e.tag))) {
    const tab = await context.newPage();
    const own = followScripts(tab);
    await tab.goto(`${siteUrl}?tag=${tag}`);
    await settled(tab, own);
    const files = [...own.files()].filter((f) => !signedIn.has(f));
    for (const f of files.filter((f) => sharedListChunks.test(f))) lists.add(f);
    fetched.set(tag, files);
    await tab.close();
  }
  const rows = [...fetched].map(([tag, files]) => {
    const shown = tags.filter((t) => t !== tag && files.some((f) => isChunkOf(t, f)));
    const theirs = shown.flatMap((t) => fetched.get(t) ?? files.filter((f) => isChunkOf(t, f)));
    const counted = files.filter((f) => !sharedListChunks.test(f) && !theirs.includes(f));
    if (process.argv.includes('--files'))
      console.log([`${tag}:`, ...listFiles(counted)].join('\n'));
    const note = shown.length ? ` (shows ${shown.join(', ')})` : '';
    const gz = counted.reduce((sum, f) => sum + gzipOf(join(dist, f)), 0);
    return { label: `+ ${tag}${note}`, gz, budget: pageBudgets.element };
  });
  const gz = [...lists].reduce((sum, f) => sum + gzipOf(join(dist, f)), 0);
  const label = 'shared list code (virtualizer, repeat, period picker), once';
  return [{ label, gz, budget: pageBudgets.lists }, ...rows];
}

/** The rows of the browser table: `{ label, gz, budget }`. */
export async function measurePages() {
  const { startHttpMock } = await tsImport(
    '../packages/mock-server/src/server.ts',
    import.meta.url,
  );
  const mock = await startHttpMock({ port: 0 });
  const site = await serve(mock.url);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = followScripts(page);
    await page.goto(site.url);
    await untilSignInForm(page);
    const ready = scripts.bytes();
    const readyFiles = scripts.files();
    await signIn(page, { username: 'e.jansen', outboxUrl: `${mock.url}/__dev/outbox` });
    await settled(page, scripts);
    const signedIn = scripts.files();
    if (process.argv.includes('--files')) {
      console.log(['until one can type:', ...listFiles(readyFiles)].join('\n'));
      const later = [...signedIn].filter((f) => !readyFiles.has(f));
      console.log(['then, through the sign-in:', ...listFiles(later)].join('\n'));
    }
    const rows = [
      {
        label: 'loader clientportal.js',
        gz: gzipOf(join(dist, 'clientportal.js')),
        budget: pageBudgets.loader,
      },
      { label: 'sign-in page, until one can type', gz: ready, budget: pageBudgets.signInReady },
      {
        label: 'sign-in page, through the sign-in',
        gz: scripts.bytes(),
        budget: pageBudgets.signInDone,
      },
    ];
    rows.push(...(await elementRows(context, site.url, signedIn)));
    const total = loaderFiles().reduce((sum, f) => sum + gzipOf(f), 0);
    rows.push({ label: 'all the code (loader and every chunk)', gz: total, info: true });
    return rows.map((r) => ({ ...r, ok: r.info || r.gz <= r.budget * 1000 }));
  } finally {
    await browser.close();
    site.server.close();
    mock.server.close();
  }
}

/** Prints the browser table; returns whether every row is within its budget. */
export function printPages(rows) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`\n${'what the browser fetches (Chromium)'.padEnd(width)}    gzip -9     budget`);
  for (const r of rows) {
    const budget = r.info ? '' : `≤ ${r.budget} kB`;
    const verdict = r.info ? '' : r.ok ? 'ok' : 'OVER BUDGET';
    console.log(
      `${r.label.padEnd(width)}  ${kB(r.gz).padStart(9)}  ${budget.padStart(9)}  ${verdict}`,
    );
  }
  console.log(
    '\nJavaScript fetched from dist/ (each file gzip -9 on its own) by a page with the sign-in' +
      ' elements; a further element is what its page fetches beyond the signed-in sign-in page,' +
      ' the shared list code and the elements it shows (each in its own row).',
  );
  return rows.every((r) => r.ok);
}

if (process.argv[1] === new URL(import.meta.url).pathname) printPages(await measurePages());
