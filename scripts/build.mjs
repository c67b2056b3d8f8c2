// `npm run build`: the all-in-one entry, the rollup bundles, type declarations and the manifest.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findElements, root, widgetsDir, writeAllInOneEntry } from './panels.mjs';

const dist = join(widgetsDir, 'dist');
const types = join(dist, 'types');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Runs a step, printing its time; stops the build when it fails. */
function step(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Every file under a directory. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The SDK is bundled into the widgets, so their declarations point at the SDK's declarations
 * shipped beside them instead of at a package the user need not install.
 */
function pointDeclarationsAtBundledSdk() {
  const sdkIndex = join(types, 'sdk/src/index.js');
  for (const file of walk(join(types, 'widgets')).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    let target = relative(dirname(file), sdkIndex).replace(/\\/g, '/');
    if (!target.startsWith('.')) target = `./${target}`;
    const next = text.replace(/(['"])@clientportal\/sdk\1/g, `'${target}'`);
    if (next !== text) writeFileSync(file, next);
  }
}

rmSync(dist, { recursive: true, force: true });
await writeAllInOneEntry();
const tags = findElements().map((e) => e.tag);
console.log(`build: ${tags.length} elements${tags.length > 0 ? `: ${tags.join(', ')}` : ''}`);
step('rollup', bin('rollup'), ['-c', '--silent']);
step('type declarations', bin('tsc'), ['-p', 'tsconfig.build.json']);
pointDeclarationsAtBundledSdk();
step('custom elements manifest', 'npm', ['run', '--silent', 'analyze']);
