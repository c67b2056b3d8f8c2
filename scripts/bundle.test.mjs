// `npm run test:bundle`: the production bundles hold the widgets and nothing of the mock backend.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { chromium } from 'playwright';
import { allInOnePath, ensureBuild } from './ensure-build.mjs';
import { findElements, root, widgetsDir } from './panels.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

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

  test('clientportal.js defines every element', () => {
    const bundle = readFileSync(allInOnePath, 'utf8');
    const missing = findElements().filter((e) => !bundle.includes(`"${e.tag}"`));
    assert.deepEqual(
      missing.map((e) => e.tag),
      [],
    );
  });

  test('clientportal.js defines every element in a browser, without errors', async () => {
    const page = `<!doctype html><portal-provider api-base="/api/v1"></portal-provider>
      <script type="module" src="/clientportal.js"></script>`;
    const server = createServer((req, res) => {
      if (req.url === '/clientportal.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(readFileSync(allInOnePath));
      } else if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page);
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
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      const tags = findElements().map((e) => e.tag);
      const defined = await tab.evaluate(async (all) => {
        const waited = Promise.all(all.map((t) => customElements.whenDefined(t)));
        await Promise.race([waited, new Promise((done) => setTimeout(done, 5000))]);
        return all.filter((t) => customElements.get(t));
      }, tags);
      assert.deepEqual(defined, tags);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
