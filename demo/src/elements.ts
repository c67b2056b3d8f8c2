/// <reference types="vite/client" />
// Defines every <portal-*> element the widgets have, found by the folder convention.

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
 * Imports every define file (after the mock backend is running), the provider first so that the
 * panels find it when they upgrade.
 */
export async function defineElements(): Promise<void> {
  const load = (tag: string) =>
    modules[`../../packages/widgets/src/components/${tag}/${tag}.ts`]?.();
  await load('portal-provider');
  await Promise.all(elementTags.filter((t) => t !== 'portal-provider').map(load));
}
