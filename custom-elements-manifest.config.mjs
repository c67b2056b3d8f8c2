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

/**
 * The define files call the platform's `define('portal-x', PortalX)` helper rather than
 * `customElements.define`: each such call is the element's definition (and gives the class its tag).
 */
function defineHelperCalls() {
  return {
    name: 'define-helper-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const [tag, klass] = node.arguments;
      if (node.expression.text !== 'define' || !tag || !klass) return;
      if (!ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((i) =>
          i.importClause?.namedBindings?.elements?.some((e) => e.name.text === klass.text),
        );
      const from = imported?.moduleSpecifier.text;
      const module = from ? new URL(from, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      // The helper's own `customElements.define(tag, element)` defines no particular element.
      for (const m of customElementsManifest.modules) {
        m.exports = m.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
      }
    },
  };
}

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Events are documented with `@event portal-x - …` in the class's JSDoc. What the analyzer infers
 * from `this.dispatchEvent(new PortalXEvent(…))` only adds the event's class as its type: the
 * class `PortalXEvent` fires `portal-x`, by the naming convention of `src/events/`.
 */
function typedEvents() {
  return {
    name: 'typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules) {
        for (const d of m.declarations ?? []) {
          if (!d.events) continue;
          const documented = d.events.filter((e) => e.description && e.name);
          for (const inferred of d.events.filter((e) => !documented.includes(e))) {
            const type = inferred.type?.text;
            const name = type?.endsWith('Event') ? kebab(type.slice(0, -'Event'.length)) : null;
            const match = documented.find((e) => e.name === (name ?? inferred.name));
            if (match && type) match.type ??= { text: type };
            else if (!match && name?.startsWith('portal-')) documented.push({ ...inferred, name });
          }
          d.events = documented;
        }
      }
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
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', '**/*.harness.ts'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
  plugins: [defineHelperCalls(), typedEvents(), packageRelativePaths()],
};
