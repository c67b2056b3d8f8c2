// The Custom Elements Manifest of the widgets (`npm run analyze`): their JSDoc is its source.
const prefix = 'packages/widgets/';

/**
 * Paths in the shipped manifest are relative to the widgets package, not the repository, and
 * name the module files as they are (a definition's `./x.component.js` import is `x.component.ts`).
 */
function packageRelativePaths() {
  return {
    name: 'package-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      const known = new Set(customElementsManifest.modules.map((m) => m.path));
      const strip = (path) => {
        const relative = path.replace(/^\//, '').replace(prefix, '');
        const asTs = relative.replace(/\.js$/, '.ts');
        return known.has(`${prefix}${asTs}`) ? asTs : relative;
      };
      const visit = (value) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') {
              value[key] = strip(inner);
            } else visit(inner);
          }
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  // internal/ and controllers/ too, so that inherited members and events are documented.
  globs: [
    'packages/widgets/src/components/**/*.ts',
    'packages/widgets/src/internal/**/*.ts',
    'packages/widgets/src/controllers/**/*.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
  plugins: [packageRelativePaths()],
};
