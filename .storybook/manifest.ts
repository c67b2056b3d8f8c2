// The Custom Elements Manifest as the docs pages show it: only what a page author can use.

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: Member[];
  attributes?: { fieldName?: string }[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * A copy of the manifest for Storybook: public instance members only (not private, protected or
 * static ones), a field that has an attribute shown once as the attribute, and the `@summary` as
 * the description when there is no other.
 */
export function forStorybook(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules?.flatMap((m) => m.declarations ?? []) ?? []) {
    if (!declaration.tagName) continue;
    const withAttribute = new Set(declaration.attributes?.map((a) => a.fieldName));
    declaration.members = declaration.members?.filter(
      (m) =>
        (m.privacy ?? 'public') === 'public' &&
        !m.static &&
        !m.name.startsWith('_') &&
        !withAttribute.has(m.name),
    );
    declaration.description ||= declaration.summary?.replace(/\s*\n\s*/g, ' ');
  }
  return copy;
}
