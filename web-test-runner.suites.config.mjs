// The shared suites (`npm run test:suites`): every element that scripts/panels.mjs finds, in every
// state on the hostile seed and under every fault. Same browser and mock as the browser tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import base from './web-test-runner.config.mjs';
import { suiteElements } from './scripts/suites-elements.mjs';

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
    const elements = suiteElements();
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
