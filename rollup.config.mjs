// Production bundles of the widgets: per-element ES modules with shared chunks (Lit a peer), the
// lazy loader clientportal.js with its chunks (Lit inside, once), and clientportal.bundle.js.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {
  allInOneEntry,
  findElements,
  loaderEntry,
  root,
  widgetsDir,
  writeAllInOneEntry,
} from './scripts/panels.mjs';

const dist = join(widgetsDir, 'dist');
const index = join(widgetsDir, 'src/index.ts');

/** Lit stays a peer for bundler users (one copy per app); the SDK is ours and goes in. */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs)(\/|$)/.test(id);

/** Never let the mock backend or MSW into a production bundle, whatever imports them. */
function forbidMocks() {
  return {
    name: 'forbid-mocks',
    resolveId(id, importer) {
      if (
        /^(msw|@mswjs|@clientportal\/mock-server)(\/|$)/.test(id) ||
        id.includes('mock-server/')
      ) {
        const from = importer ? relative(root, importer) : 'an entry';
        this.error(`${from} imports ${id}: production bundles must not contain the mock backend`);
      }
      return null;
    },
  };
}

/** TypeScript with the repository's decorator settings, resolved like the browser would. */
function plugins() {
  return [
    forbidMocks(),
    nodeResolve({ browser: true, extensions: ['.ts', '.js'], exportConditions: ['production'] }),
    esbuild({ tsconfig: join(root, 'tsconfig.base.json'), target: 'es2022' }),
  ];
}

/** Entries of the per-element build: every define file and the public API. */
function elementInputs() {
  const inputs = Object.fromEntries(findElements().map((e) => [e.tag, e.file]));
  if (existsSync(index)) inputs.index = index;
  return inputs;
}

await writeAllInOneEntry();

const inputs = elementInputs();

/** @type {import('rollup').RollupOptions[]} */
export default [
  Object.keys(inputs).length > 0 && {
    input: inputs,
    external: isLit,
    plugins: plugins(),
    output: {
      dir: join(dist, 'elements'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: '/*! clientportal (MIT); includes openapi-fetch (MIT) */',
      sourcemap: true,
    },
  },
  {
    // The one-script-tag embedding: a small loader; each element's code and the shared chunks
    // (Lit among them) are fetched the first time a tag appears.
    input: { clientportal: loaderEntry },
    plugins: plugins(),
    output: {
      dir: dist,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: '/*! clientportal (MIT); includes Lit (BSD-3-Clause) and openapi-fetch (MIT) */',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, format: { comments: /^!/ } })],
    },
  },
  {
    input: allInOneEntry,
    plugins: plugins(),
    output: {
      file: join(dist, 'clientportal.bundle.js'),
      format: 'es',
      inlineDynamicImports: true,
      banner: '/*! clientportal (MIT); includes Lit (BSD-3-Clause) and openapi-fetch (MIT) */',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, format: { comments: /^!/ } })],
    },
  },
].filter(Boolean);
