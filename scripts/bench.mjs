// `npm run bench`: the reports list and the access log list with 1,000, 10,000 and 100,000 rows
// in headless Chromium: time from data arrival until the viewport is filled, rows rendered, the
// retained heap, and long frames while scrolling 20 viewports; beside the plain-DOM floor and the
// virtualizer's own defaults. Not a test: it prints figures (machines differ).
import { createServer } from 'node:http';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root } from './panels.mjs';

const sizes = [1_000, 10_000, 100_000];
const kinds = ['reports', 'access-log'];
const modes = ['floor', 'defaults', 'tuned'];
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const bundle = await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/page.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'es2022',
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.base.json'),
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;
const page = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title>
<body style="margin:0;width:720px"><div id="stage"></div><script type="module" src="/bench.js"></script></body></html>`;

const server = createServer((req, res) => {
  const js = req.url === '/bench.js';
  res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  res.end(js ? script : page);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const tab = await browser.newPage({ viewport: { width: 720, height: 900 } });
  await tab.goto(url);
  await tab.waitForFunction(() => 'bench' in globalThis);
  const rows = [];
  for (const kind of kinds) {
    for (const n of sizes) {
      for (const mode of modes) {
        const runs = [];
        for (let i = 0; i < rounds; i++) {
          runs.push(await tab.evaluate((a) => globalThis.bench.run(...a), [kind, mode, n]));
        }
        const pick = (key) => median(runs.map((r) => r[key]));
        rows.push({
          kind,
          n,
          mode,
          fillMs: pick('fillMs'),
          rows: pick('rows'),
          retainedKb: pick('retainedKb'),
          long: pick('long'),
          worst: Math.round(pick('worst')),
        });
      }
    }
  }
  const floorOf = (r) => rows.find((x) => x.kind === r.kind && x.n === r.n && x.mode === 'floor');
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(
    `median of ${rounds} runs, load average ${load}; long = frames over 25 ms while scrolling 20 viewports`,
  );
  console.log(
    'list        N        mode       fill ms  vs floor  rows  retained kB  long  worst ms',
  );
  for (const r of rows) {
    const floor = r.mode === 'floor';
    const diff = r.fillMs - floorOf(r).fillMs;
    const over = floor ? '' : `${diff >= 0 ? '+' : ''}${diff.toFixed(1)}`;
    // The floor renders only the rows in view, so it has nothing to scroll: no frames to count.
    const long = floor ? '–' : String(r.long);
    const worst = floor ? '–' : String(r.worst);
    console.log(
      `${r.kind.padEnd(11)} ${String(r.n).padStart(7)}  ${r.mode.padEnd(9)} ${String(r.fillMs).padStart(8)}  ${over.padStart(8)}  ${String(r.rows).padStart(4)}  ${String(r.retainedKb).padStart(11)}  ${long.padStart(4)}  ${worst.padStart(8)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
