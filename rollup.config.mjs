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

/** Squeezes a piece of CSS: comments and the spaces that carry no meaning go. */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** The static text of the widgets' css`` templates, squeezed (their `${…}` parts are kept). */
function minifyCss() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/packages/widgets/src/') || !code.includes('css`')) return null;
      const next = code.replace(/\bcss`([^`]*)`/g, (_, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p) => (p.startsWith('${') ? p : squeezeCss(p))).join('')}\``;
      });
      return { code: next, map: null };
    },
  };
}

/** TypeScript with the repository's decorator settings, resolved like the browser would. */
function plugins() {
  return [
    forbidMocks(),
    minifyCss(),
    nodeResolve({ browser: true, extensions: ['.ts', '.js'], exportConditions: ['production'] }),
    esbuild({ tsconfig: join(root, 'tsconfig.base.json'), target: 'es2022' }),
  ];
}

/** The libraries and shared folders that every element stands on. */
const platform = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/[a-z-]+|openapi-fetch)\//,
  /\/packages\/sdk\/src\//,
  /\/packages\/widgets\/src\/(internal\/(?!autoloader)|controllers\/|i18n\/|styles\/)/,
  // The provider's events; each element's own events go with the element that sends them.
  /\/packages\/widgets\/src\/events\/portal-events\.ts$/,
  /\/packages\/widgets\/src\/ui\/(focus|live-region|shared\.styles)\.ts$/,
];

/**
 * The form kit and the contract's limits, which the sign-in form and most panels use: one chunk
 * (`forms-*.js`) instead of nine small ones, as they are fetched together before one can type.
 * The new-password fields stay apart: only the account and the password reset use them.
 */
const forms = [
  /\/packages\/widgets\/src\/ui\/forms\/(?!new-password)[a-z-.]+\.ts$/,
  /\/packages\/widgets\/src\/generated\/contract-facts\.ts$/,
];

/**
 * The loader's shared code in one chunk (`platform-*.js`) instead of a dozen small ones: every
 * page needs all of it, and one file compresses better and costs one request.
 */
function platformChunk(id) {
  const path = id.replace(/\\/g, '/');
  if (platform.some((p) => p.test(path))) return 'platform';
  return forms.some((p) => p.test(path)) ? 'forms' : undefined;
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
      manualChunks: platformChunk,
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
