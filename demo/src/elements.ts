/// <reference types="vite/client" />
// Every <portal-*> element the widgets have, found by the folder convention, defined lazily.
import { autoload } from '../../packages/widgets/src/internal/autoloader.js';

/** The TypeScript files one folder below components/ (tests aside); define files are picked below. */
const modules = import.meta.glob([
  '../../packages/widgets/src/components/*/*.ts',
  '!**/*.test.ts',
  '!**/*.harness.ts',
]);

/** A define file is `portal-<name>/portal-<name>.ts`: the tag is in its folder and file name. */
const defineFile = /\/(portal-[a-z0-9-]+)\/\1\.ts$/;

/** The tags of every element with a define file, sorted. */
export const elementTags: string[] = Object.keys(modules)
  .map((path) => defineFile.exec(path)?.[1])
  .filter((tag): tag is string => tag !== undefined)
  .sort();

/**
 * Defines the elements as `clientportal.js` does (after the mock backend is running): each tag's
 * code is imported the first time the tag is in the page.
 */
export function defineElements(): void {
  const file = (tag: string) => `../../packages/widgets/src/components/${tag}/${tag}.ts`;
  autoload(Object.fromEntries(elementTags.map((tag) => [tag, modules[file(tag)]!])));
}
