// `npm run size`: minified and gzip -9 sizes of the bundles against their budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { allInOnePath, ensureBuild } from './ensure-build.mjs';
import { findElements, providerTag, root, widgetsDir } from './panels.mjs';
import { measurePages, printPages } from './size-browser.mjs';

/**
 * Budgets in kB (1000 bytes) of gzip -9. The platform's is 20, not 15: the libraries the platform
 * stands on (lit, @lit/context, @lit/task, @lit/localize, openapi-fetch) alone are about 12 kB,
 * which left 3 kB for the SDK (retries, idempotency, session, sign-in) and the provider,
 * controller, problem texts and styles; the table prints that floor beside the platform. 21 since
 * the platform handles an unreachable portal (the retry with backoff and its view, 0.7 kB) and the
 * problem table says in plain words what a strict server's 405, 413 and 415 mean. 22 since the
 * platform also carries what the twenty panels share through the data controller: the common
 * data-state views (data-views.ts), the in-memory drafts store and the reconnect rules.
 * The all-in-one file was 60 for the first handful of elements; with twenty, the virtualizer
 * (about 9.8 kB) and the English strings (8.7 kB, which a single file cannot fetch later) it
 * is 95.5 kB, so 100. The shared kits are measured once, on budgets of their own: the form kit
 * 5, the list code 14 (the virtualizer alone is about 9.8 kB of it).
 */
export const budgets = { allInOne: 100, platform: 22, element: 8, formKit: 5, lists: 14 };

/** The libraries under the platform, measured as the floor no code of ours can go below. */
const libraries = ['lit', '@lit/context', '@lit/task', '@lit/localize', 'openapi-fetch'];

/**
 * Folders of the platform: what every panel shares with the provider. Of `events/` only the
 * provider's events: an element's own events are part of the element (as in the loader's chunks).
 */
const sharedDirs = ['internal', 'controllers', 'i18n', 'styles'];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Every non-test TypeScript file under a folder. */
function tsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.ts$/.test(name) && !/\.(test|stories|d)\.ts$/.test(name) ? [path] : [];
  });
}

/** The platform's modules: the provider and every shared folder (with the SDK they use). */
function platformModules() {
  const src = join(widgetsDir, 'src');
  const provider = findElements().find((e) => e.tag === providerTag);
  // The autoloader is the loader's own code (measured in the browser table), not the panels'.
  const shared = sharedDirs
    .flatMap((d) => tsFiles(join(src, d)))
    .filter((f) => !f.endsWith('autoloader.ts'));
  const events = join(src, 'events/portal-events.ts');
  return [...(provider ? [provider.file] : []), ...shared, events];
}

/** An entry that keeps every export of the given modules, so nothing shared is shaken out. */
function entryPlugin(modules) {
  const lines = modules.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`);
  const contents = `${lines.join('\n')}\nexport { ${modules.map((_, i) => `m${i}`).join(', ')} };\n`;
  return {
    name: 'measure-entry',
    setup(build) {
      build.onResolve({ filter: /^measure:entry$/ }, () => ({
        path: 'entry',
        namespace: 'measure',
      }));
      build.onLoad({ filter: /.*/, namespace: 'measure' }, () => ({
        contents,
        resolveDir: root,
        loader: 'ts',
      }));
    },
  };
}

/**
 * Minified and gzip bytes of what a page loads up front for the given modules: the entry and
 * its static imports. Dynamic imports (the English strings) are split off and not counted.
 */
async function measure(modules) {
  const result = await esbuild.build({
    entryPoints: ['measure:entry'],
    plugins: [entryPlugin(modules)],
    bundle: true,
    splitting: true,
    outdir: join(root, 'measure'),
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const code = Buffer.concat([...loaded].map((name) => files.get(name)));
  const parts = {};
  for (const name of loaded) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
      const part = input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
      parts[part] = (parts[part] ?? 0) + bytesInOutput;
    }
  }
  return { min: code.length, gz: gzip(code), parts };
}

/** With `--why` (or `--why=portal-x`): the biggest parts of the platform (or of what x adds). */
function printParts(title, parts) {
  const biggest = Object.entries(parts)
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20);
  console.log(`\n${title}'s biggest parts (minified, before gzip):`);
  for (const [part, bytes] of biggest) console.log(`  ${kB(bytes).padStart(8)}  ${part}`);
}

/**
 * Code several elements share beyond the platform, measured once on its own row: the form kit
 * that the sign-in form and most panels use (each element keeps the contract limits it reads), and the list code (the
 * virtualizer, @lit-labs/virtualizer, and the period picker) of the long lists.
 */
function sharedKits() {
  const ui = join(widgetsDir, 'src/ui');
  return [
    { label: 'form kit (ui/forms)', files: tsFiles(join(ui, 'forms')), budget: budgets.formKit },
    {
      label: 'list code (virtualizer, period picker)',
      files: ['virtual-list', 'period-picker'].flatMap((d) => tsFiles(join(ui, d))),
      budget: budgets.lists,
    },
  ];
}

/** The rows of the shared kits, each what it adds to the platform. */
async function kitRows(platformFiles, platform) {
  const result = [];
  for (const kit of sharedKits()) {
    const withKit = await measure([...platformFiles, ...kit.files]);
    const [min, gz] = [withKit.min - platform.min, withKit.gz - platform.gz];
    result.push({ label: `+ ${kit.label}, once`, min, gz, budget: kit.budget });
  }
  return result;
}

/** The rows of the table: label, minified, gzip, budget, whether it fits. */
async function rows() {
  const all = readFileSync(allInOnePath);
  const platformFiles = platformModules();
  const platform = await measure(platformFiles);
  const result = [
    {
      label: 'clientportal.bundle.js (all elements)',
      min: all.length,
      gz: gzip(all),
      budget: budgets.allInOne,
    },
    { label: 'platform (provider + shared + SDK)', ...platform, budget: budgets.platform },
  ];
  const floor = await measure(libraries);
  result.push({
    label: `  of which the libraries`,
    ...floor,
    budget: budgets.platform,
    info: true,
  });
  result.push(...(await kitRows(platformFiles, platform)));
  const baseFiles = [...platformFiles, ...sharedKits().flatMap((k) => k.files)];
  const base = await measure(baseFiles);
  for (const element of findElements().filter((e) => e.tag !== providerTag)) {
    const withElement = await measure([...baseFiles, element.file]);
    const added = Object.entries(withElement.parts).map(([k, v]) => [k, v - (base.parts[k] ?? 0)]);
    result.push({
      label: `+ ${element.tag}`,
      tag: element.tag,
      min: withElement.min - base.min,
      gz: withElement.gz - base.gz,
      parts: Object.fromEntries(added),
      budget: budgets.element,
    });
  }
  return result.map((r) => ({ ...r, ok: r.gz <= r.budget * 1000 }));
}

/** Prints the table; returns whether every entry is within its budget. */
function print(table) {
  const width = Math.max(...table.map((r) => r.label.length));
  const cells = (...c) =>
    `${c[0].padEnd(width)}  ${c
      .slice(1, -1)
      .map((x) => x.padStart(9))
      .join('  ')}  ${c.at(-1)}`;
  console.log(cells('entry', 'min', 'gzip -9', 'budget', ''));
  for (const r of table) {
    console.log(
      r.info
        ? cells(r.label, kB(r.min), kB(r.gz), '', '(libraries alone)')
        : cells(r.label, kB(r.min), kB(r.gz), `≤ ${r.budget} kB`, r.ok ? 'ok' : 'OVER BUDGET'),
    );
  }
  console.log(
    `\n${relative(root, allInOnePath)}: rollup + terser as shipped. Platform and elements: esbuild` +
      ' min of the sources (every export kept); a shared kit is what it adds to the platform, an' +
      ' element what it adds to the platform and both kits.' +
      '\n`npm run size -- --why` lists what the platform is made of; `--why=portal-x` what x adds;' +
      ' `--files` the files the sign-in page fetches.',
  );
  return table.every((r) => r.ok);
}

ensureBuild();
const table = await rows();
const withinBudget = print(table);
const why = process.argv.find((a) => a.startsWith('--why'))?.split('=')[1];
if (why) printParts(why, table.find((r) => r.tag === why)?.parts ?? {});
else if (process.argv.includes('--why')) printParts('The platform', table[1].parts);
// `--sources`: the esbuild table alone, without the browser.
const pagesWithinBudget = process.argv.includes('--sources') || printPages(await measurePages());
if (!withinBudget || !pagesWithinBudget) {
  console.error('\nOver budget.');
  process.exit(1);
}
