// Builds the widgets when the bundles are missing or older than any source they come from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findElements, root, widgetsDir } from './panels.mjs';

/** The all-in-one bundle, the newest of the build's outputs. */
export const allInOnePath = join(widgetsDir, 'dist/clientportal.bundle.js');
/** The lazy loader of the one-script-tag embedding (its chunks in `dist/chunks/`). */
export const loaderPath = join(widgetsDir, 'dist/clientportal.js');

const sources = ['packages/widgets/src', 'packages/sdk/src'].map((p) => join(root, p));
const config = ['rollup.config.mjs', 'tsconfig.build.json', 'scripts/panels.mjs'];

/** The newest modification time under a path. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why the build is out of date, or null when it is current. */
export function staleReason() {
  if (!existsSync(allInOnePath) || !existsSync(loaderPath)) return 'no build yet';
  const built = statSync(allInOnePath).mtimeMs;
  const inputs = [...sources, ...config.map((c) => join(root, c))].filter(existsSync);
  if (inputs.some((p) => newest(p) > built)) return 'sources changed since the last build';
  const bundle = readFileSync(allInOnePath, 'utf8');
  const loader = readFileSync(loaderPath, 'utf8');
  const missing = findElements().filter(
    (e) => !bundle.includes(`"${e.tag}"`) || !loader.includes(`"${e.tag}"`),
  );
  if (missing.length > 0) return `not in the bundle: ${missing.map((e) => e.tag).join(', ')}`;
  return null;
}

/** Runs `npm run build` when needed; exits when it fails. */
export function ensureBuild() {
  const reason = staleReason();
  if (!reason) return;
  console.log(`Building (${reason})…`);
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
