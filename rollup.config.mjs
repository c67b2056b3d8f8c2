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

/** The licence notice of what the browser bundles hold. */
const licence = '/*! clientportal (MIT); includes Lit (BSD-3-Clause) and openapi-fetch (MIT) */';

/** Terser as the browser bundles use it; two passes find a little more to fold. */
const minify = () =>
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^!/ } });

/**
 * The libraries and shared folders that every page stands on, the sign-in form included. Lit's
 * directives, @lit/task and the data controller are not among them: the sign-in form uses
 * none of them, so they go in the chunks of the panels that do (rollup shares them there).
 */
const platform = [
  /\/node_modules\/(lit-element|@lit\/(reactive-element|localize|context))\//,
  /\/node_modules\/lit\/(index|decorators|decorators\/[a-z-]+)\.js$/,
  /\/node_modules\/lit-html\/(lit-html|is-server)\.js$/,
  /\/node_modules\/openapi-fetch\//,
  /\/packages\/sdk\/src\//,
  /\/packages\/widgets\/src\/(internal\/(?!autoloader|drafts)|i18n\/|styles\/)/,
  /\/packages\/widgets\/src\/controllers\/(data-views|reconnect)\.ts$/,
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
  // Not the index, which re-exports the new-password fields too: it would pull them in.
  /\/packages\/widgets\/src\/ui\/forms\/(?!new-password|index)[a-z-.]+\.ts$/,
  /\/packages\/widgets\/src\/generated\/contract-facts\.ts$/,
];

/**
 * The elements that show nothing until someone is signed in and then come together, on the
 * sign-in page and on most others: the freshness line, the sign-out button and the session guard
 * (with the loader of their dialog). One chunk (`session-*.js`) compresses a kilobyte better
 * than three.
 */
const session = [
  /\/packages\/widgets\/src\/components\/portal-(sync-status|logout|session-guard)\/[a-z-.]+\.ts$/,
  /\/packages\/widgets\/src\/ui\/dialog\/load-dialog\.ts$/,
];

/**
 * The data controller and @lit/task, which every panel loads through (`data-*.js`): not part of
 * the sign-in form, and kept apart from the session chunk so a panel does not fetch that.
 */
const data = [
  /\/node_modules\/@lit\/task\//,
  /\/packages\/widgets\/src\/controllers\/portal-data\.ts$/,
];

/**
 * The small pieces the content panels share, in two chunks instead of seven files of a few
 * hundred bytes: `panel-kit-*.js` (the panel's frame and title, the freshness line, the author
 * line, contact links) and `show-all-*.js` ("Alle …", the dossier's events, safe links), which
 * the messages panel needs without the rest.
 */
const panelKit = [
  /\/packages\/widgets\/src\/ui\/(panel-frame|author|contact-links)\.ts$/,
  /\/packages\/widgets\/src\/ui\/freshness\/[a-z-.]+\.ts$/,
];
const showAll = [
  /\/packages\/widgets\/src\/ui\/(show-all|safe-href)\.ts$/,
  /\/packages\/widgets\/src\/events\/dossier-events\.ts$/,
];

/** The provider: on every page, once; it goes with the platform. */
const provider = /\/packages\/widgets\/src\/components\/portal-provider\/[a-z-.]+\.ts$/;

/**
 * The loader's shared code in a few chunks instead of a dozen small ones: `platform-*.js` (every
 * page needs all of it, and one file compresses better and costs one request), `data-*.js`,
 * `forms-*.js`, `panel-kit-*.js`, `show-all-*.js` and `session-*.js`.
 */
function platformChunk(id) {
  const path = id.replace(/\\/g, '/');
  if (platform.some((p) => p.test(path)) || provider.test(path)) return 'platform';
  if (data.some((p) => p.test(path))) return 'data';
  if (panelKit.some((p) => p.test(path))) return 'panel-kit';
  if (showAll.some((p) => p.test(path))) return 'show-all';
  if (session.some((p) => p.test(path))) return 'session';
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
      // The licence notice where the libraries are: in the platform chunk, not in every chunk.
      banner: (chunk) => (chunk.name === 'platform' ? licence : ''),
      sourcemap: true,
      plugins: [minify()],
    },
  },
  {
    input: allInOneEntry,
    plugins: plugins(),
    output: {
      file: join(dist, 'clientportal.bundle.js'),
      format: 'es',
      inlineDynamicImports: true,
      banner: licence,
      sourcemap: true,
      plugins: [minify()],
    },
  },
].filter(Boolean);
