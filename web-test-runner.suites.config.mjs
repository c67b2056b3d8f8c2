// The shared suites (`npm run test:suites`): every element that scripts/panels.mjs finds, in every
// state on the hostile seed and under every fault. Same browser and mock as the browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import base from './web-test-runner.config.mjs';
import { findElements, root } from './scripts/panels.mjs';

/** The hint keys an element may give in `portal-<name>.suites.json` (see test/suites/README.md). */
const HINT_KEYS = ['user', 'client', 'attributes', 'section', 'wayForward', 'unreachable'];

function hintsOf(file) {
  const path = file.replace(/\.ts$/, '.suites.json');
  if (!existsSync(path)) return {};
  const hints = JSON.parse(readFileSync(path, 'utf8'));
  const unknown = Object.keys(hints).filter((k) => !HINT_KEYS.includes(k));
  if (unknown.length)
    throw new Error(`${relative(root, path)}: unknown hint ${unknown.join(', ')}`);
  return hints;
}

/** Each operation's method, path pattern and section, from the contract. */
function sectionsOfOperations() {
  const contract = parse(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));
  return Object.entries(contract.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op && typeof op === 'object' && op['x-section'])
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        pattern: `${path.replace(/\{\w+\}/g, '[^/]+')}$`,
        section: op['x-section'],
      })),
  );
}

/** Serves `/__suites__/elements.js`: the elements (as the build finds them), their hints, the sections. */
const elementsPlugin = {
  name: 'portal-suites-elements',
  serve(context) {
    if (context.path !== '/__suites__/elements.js') return undefined;
    const elements = findElements().map((e) => ({
      tag: e.tag,
      module: `/${relative(root, e.file).replace(/\\/g, '/')}`,
      hints: hintsOf(e.file),
    }));
    const body = [
      `export const elements = ${JSON.stringify(elements)};`,
      `export const sectionOperations = ${JSON.stringify(sectionsOfOperations())};`,
    ].join('\n');
    return { body, type: 'js' };
  },
};

export default {
  ...base,
  files: [process.env.SUITES ?? 'packages/widgets/test/suites/*.suite.ts'],
  coverage: false,
  plugins: [elementsPlugin, ...base.plugins],
  testFramework: { config: { timeout: 120_000 } },
};
