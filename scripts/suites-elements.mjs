// The elements the shared suites run, as the build finds them (scripts/panels.mjs), with the
// optional hints of each (`components/portal-<name>/portal-<name>.suites.json`).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findElements, root } from './panels.mjs';

/** The hint keys an element may give (see packages/widgets/test/suites/README.md). */
export const HINT_KEYS = ['user', 'client', 'attributes', 'section', 'wayForward', 'unreachable'];

/** An element's hints; fails on a key the suites do not know (a typo would otherwise be ignored). */
export function hintsOf(file) {
  const path = file.replace(/\.ts$/, '.suites.json');
  if (!existsSync(path)) return {};
  const hints = JSON.parse(readFileSync(path, 'utf8'));
  const unknown = Object.keys(hints).filter((k) => !HINT_KEYS.includes(k));
  if (unknown.length)
    throw new Error(`${relative(root, path)}: unknown hint ${unknown.join(', ')}`);
  return hints;
}

/** Every element with its define module (from the repository root) and its hints. */
export function suiteElements() {
  return findElements().map((e) => ({
    tag: e.tag,
    module: `/${relative(root, e.file).replace(/\\/g, '/')}`,
    hints: hintsOf(e.file),
  }));
}
