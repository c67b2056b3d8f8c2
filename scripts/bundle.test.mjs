// `npm run test:bundle`: the production bundles hold the widgets and nothing of the mock backend.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { chromium } from 'playwright';
import { allInOnePath, ensureBuild, loaderPath } from './ensure-build.mjs';
import { findElements, providerTag, root, widgetsDir } from './panels.mjs';
import { strictCsp } from './csp.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { definedOf } from './defined-tags.mjs';

const dist = join(widgetsDir, 'dist');

/** What must never ship: MSW, its worker, the mock backend and its seed, and raw HTML rendering. */
export const forbidden = [
  { name: 'msw', pattern: /["'`/]msw["'`/]|@mswjs|\[MSW\]|setupWorker|INTEGRITY_CHECKSUM/ },
  { name: 'the MSW worker script', pattern: /mockServiceWorker/ },
  { name: 'the mock backend', pattern: /@clientportal\/mock-server|mock-server\/src/ },
  { name: 'the demo seed', pattern: /zonnebloem|welkom-tijdelijk|Lindelaan|Noah de Vries/ },
  { name: 'unsafeHTML', pattern: /unsafeHTML|unsafe-html|unsafeSVG|unsafe-svg/ },
];

/** Every JavaScript file of the build (declarations aside). */
function bundles(dir = dist) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : bundles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** The forbidden things found in a text, by name. */
export function findForbidden(text) {
  return forbidden.filter((f) => f.pattern.test(text)).map((f) => f.name);
}

describe('production bundles', () => {
  before(() => ensureBuild());

  test('the checks themselves catch what they look for', () => {
    assert.deepEqual(findForbidden('import{setupWorker}from"msw/browser"'), ['msw']);
    assert.deepEqual(findForbidden('register("/mockServiceWorker.js")'), ['the MSW worker script']);
    assert.deepEqual(findForbidden('"zonnebloem-2026"'), ['the demo seed']);
    assert.deepEqual(findForbidden('static directiveName="unsafeHTML"'), ['unsafeHTML']);
    assert.deepEqual(findForbidden('let msw=1,a="mswitch"'), []);
  });

  test('there are bundles to check', () => {
    assert.ok(existsSync(allInOnePath), 'dist/clientportal.js exists');
    for (const element of findElements()) {
      assert.ok(existsSync(join(dist, 'elements', `${element.tag}.js`)), `${element.tag}.js`);
    }
  });

  test('no bundle contains msw, its worker, the mock backend, its seed or unsafeHTML', () => {
    const found = [];
    for (const file of bundles()) {
      const hits = findForbidden(readFileSync(file, 'utf8'));
      if (hits.length > 0) found.push(`${relative(root, file)}: ${hits.join(', ')}`);
      const map = `${file}.map`;
      if (existsSync(map)) {
        const sources = JSON.parse(readFileSync(map, 'utf8')).sources.join('\n');
        const mapHits = findForbidden(sources);
        if (mapHits.length > 0) found.push(`${relative(root, map)} sources: ${mapHits.join(', ')}`);
      }
    }
    assert.deepEqual(found, []);
  });

  test('clientportal.bundle.js and the loader clientportal.js name every element', () => {
    for (const path of [allInOnePath, loaderPath]) {
      const text = readFileSync(path, 'utf8');
      const missing = findElements().filter((e) => !text.includes(`"${e.tag}"`));
      assert.deepEqual(
        missing.map((e) => e.tag),
        [],
        relative(root, path),
      );
    }
  });

  test('clientportal.bundle.js defines every element in a browser, without errors', async () => {
    await inBrowser('/clientportal.bundle.js', async (tab, errors) => {
      const tags = findElements().map((e) => e.tag);
      assert.deepEqual(await definedOf(tab, tags), tags);
      assert.deepEqual(errors, []);
    });
  });

  test('the loader defines each element when its tag appears (also added later; some at the first sign-in), under the strict CSP', async () => {
    await inBrowser('/clientportal.js', async (tab, errors) => {
      const tags = findElements().map((e) => e.tag);
      // Only the provider is in the page: nothing else is fetched or defined.
      assert.deepEqual(await definedOf(tab, tags, 1000), [providerTag]);
      // The host page's own script adds every other tag later, some deep inside its own markup.
      await tab.evaluate((all) => {
        const deep = document.createElement('div');
        document.querySelector('portal-provider').append(deep);
        for (const tag of all.slice(1)) deep.append(document.createElement(tag));
      }, tags);
      // Those that show nothing before someone signs in wait for the first sign-in.
      const later = findElements()
        .filter((e) => e.afterSignIn)
        .map((e) => e.tag);
      assert.deepEqual(later, ['portal-logout', 'portal-session-guard', 'portal-sync-status']);
      const soon = tags.filter((t) => !later.includes(t));
      assert.deepEqual(await definedOf(tab, tags, 1500), soon);
      await tab.evaluate(() =>
        document
          .querySelector('portal-provider')
          .dispatchEvent(new CustomEvent('portal-signed-in', { bubbles: true, composed: true })),
      );
      assert.deepEqual(await definedOf(tab, tags), tags);
      assert.deepEqual(errors, []);
    });
  });
});

/**
 * Serves `dist/` and a page with a provider that loads `script`, under the strict CSP; runs
 * `check(tab, errors)` with the page errors and Content-Security-Policy violations seen.
 */
async function inBrowser(script, check) {
  const page = `<!doctype html><portal-provider api-base="/api/v1"></portal-provider>
    <script type="module" src="${script}"></script>`;
  const server = createServer((req, res) => {
    const file = join(dist, new URL(req.url, 'http://x').pathname);
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': strictCsp });
      res.end(page);
    } else if (req.url.endsWith('.js') && file.startsWith(dist) && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on(
      'console',
      (m) => /Content.Security.Policy|Trusted/i.test(m.text()) && errors.push(m.text()),
    );
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await check(tab, errors);
  } finally {
    await browser.close();
    server.close();
  }
}
