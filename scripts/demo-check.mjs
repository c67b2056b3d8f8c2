// Opens every demo page in headless Chromium: no console errors, every element defined, screenshots.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { findElements, root } from './panels.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = Number(process.env.PORT ?? 8017);
const shots = process.argv[2] ?? join(root, 'node_modules/.demo-screenshots');
const pages = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html'));

process.env.PORT = String(port);
await import('./start.mjs');
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions);
let failed = false;
for (const name of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const signedOut = [];
  // The browser logs every 4xx answer as an error; a 401 is how the API says "not signed in".
  const isResourceLog = (m) => m.text().startsWith('Failed to load resource');
  page.on('console', (m) => m.type() === 'error' && !isResourceLog(m) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() === 401) signedOut.push(path);
    else if (r.status() >= 400) errors.push(`${r.status()} ${path}`);
  });
  await page.goto(`http://127.0.0.1:${port}/${name}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('linde-dev-panel', { timeout: 15000 });
  await page.waitForTimeout(500);
  // Elements are defined lazily, as their tags appear: wait for those the page holds.
  const onPage = await page.evaluate(
    async (tags) => {
      const present = tags.filter((t) => document.querySelector(t));
      const defined = Promise.all(present.map((t) => customElements.whenDefined(t)));
      await Promise.race([defined, new Promise((done) => setTimeout(done, 10000))]);
      return present;
    },
    findElements().map((e) => e.tag),
  );
  const undefinedTags = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((e) => e.localName)
      .filter((t) => t.startsWith('portal-') && !customElements.get(t)),
  );
  await page.screenshot({ path: join(shots, name.replace('.html', '.png')), fullPage: true });
  const ok = errors.length === 0;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${onPage.length} elements (${onPage.join(', ')})`);
  if (undefinedTags.length)
    console.log(`     not defined yet: ${[...new Set(undefinedTags)].join(', ')}`);
  for (const e of errors) console.log(`     error: ${e}`);
  if (signedOut.length)
    console.log(`     401 while signed out: ${[...new Set(signedOut)].join(', ')}`);
  await page.close();
}
await browser.close();
console.log(`Screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
