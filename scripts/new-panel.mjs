// `npm run new-panel -- portal-x`: a new element's folder from the house pattern (class on
// PortalElement with the data controller, styles, define file, a test of every state with axe),
// its story file and English strings, registered in locales/en.ts, the widgets' index and the
// all-in-one entry. The new panel passes the type check, lint and its own tests as it is.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { componentsDir, root, widgetsDir, writeAllInOneEntry } from './panels.mjs';
import * as templates from './new-panel/templates.mjs';

/** `portal-care-plan` → tag, class `PortalCarePlan`, domain `care-plan`, id prefix `carePlan`. */
export function namesOf(tag) {
  if (!/^portal-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag))
    throw new Error(`"${tag}" is not a tag like portal-care-plan (lower case, portal- first)`);
  const domain = tag.slice('portal-'.length);
  const words = tag.split('-');
  const className = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const prefix = domain.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return { tag, domain, className, prefix };
}

/** Adds `line` after the last line that matches `after`; fails when there is none. */
function insertAfterLast(text, after, line) {
  const lines = text.split('\n');
  const at = lines.findLastIndex((l) => after.test(l));
  if (at < 0) throw new Error(`no line matching ${after}`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

/** The strings file's import and its place in the templates of `locales/en.ts`. */
function registerStrings(names) {
  const file = join(widgetsDir, 'src/locales/en.ts');
  let text = readFileSync(file, 'utf8');
  text = insertAfterLast(
    text,
    /^import \{ \w+ \} from '\.\/en\/[\w-]+\.js';$/,
    `import { ${names.prefix} } from './en/${names.domain}.js';`,
  );
  text = text.replace(/(export const templates = \{[^}]*?)(,?\s*\};)/s, `$1, ...${names.prefix}$2`);
  if (!text.includes(`...${names.prefix}`)) throw new Error(`${file}: no templates object`);
  writeFileSync(file, text);
  return file;
}

/** The class in the widgets' public index, after the other elements. */
function registerExport(names) {
  const file = join(widgetsDir, 'src/index.ts');
  const line = `export { ${names.className} } from './components/${names.tag}/${names.tag}.component.js';`;
  writeFileSync(
    file,
    insertAfterLast(
      readFileSync(file, 'utf8'),
      /^export \{ Portal\w+ \} from '\.\/components\//,
      line,
    ),
  );
  return file;
}

async function format(files) {
  for (const file of files) {
    const options = await prettier.resolveConfig(file);
    writeFileSync(
      file,
      await prettier.format(readFileSync(file, 'utf8'), { ...options, filepath: file }),
    );
  }
}

async function main() {
  const names = namesOf(process.argv[2] ?? '');
  const folder = join(componentsDir, names.tag);
  const strings = join(widgetsDir, `src/locales/en/${names.domain}.ts`);
  const storyFile = join(root, `stories/panels/${names.tag}.stories.ts`);
  for (const path of [folder, strings, storyFile])
    if (existsSync(path)) throw new Error(`${relative(root, path)} exists already`);
  mkdirSync(folder);
  const files = {
    [join(folder, `${names.tag}.component.ts`)]: templates.component(names),
    [join(folder, `${names.tag}.styles.ts`)]: templates.styles(names),
    [join(folder, `${names.tag}.ts`)]: templates.define(names),
    [join(folder, `${names.tag}.test.ts`)]: templates.test(names),
    [storyFile]: templates.story(names),
    [strings]: templates.strings(names),
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  const registered = [registerStrings(names), registerExport(names)];
  await format([...Object.keys(files), ...registered]);
  await writeAllInOneEntry();
  console.log(
    [
      `<${names.tag}> made:`,
      ...Object.keys(files).map((f) => `  ${relative(root, f)}`),
      'registered in:',
      ...registered.map((f) => `  ${relative(root, f)}`),
      '  packages/widgets/src/clientportal.ts (the all-in-one entry)',
      `Next: COVERAGE=0 npx wtr --config web-test-runner.config.mjs --files '${relative(root, folder)}/*.test.ts'`,
    ].join('\n'),
  );
}

try {
  await main();
} catch (error) {
  console.error(`new-panel: ${error.message}`);
  process.exit(1);
}
