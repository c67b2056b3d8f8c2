import { configureLocalization } from '@lit/localize';

/** The locales of the portal; Dutch is the source. */
export const locales = ['nl', 'en'] as const;
/** One of `locales`. */
export type PortalLocale = (typeof locales)[number];

let setter: ((locale: string) => Promise<void>) | undefined;
let getter: (() => string) | undefined;

/** @lit/localize allows one configuration per page; every provider shares it. */
function configure() {
  if (!setter) {
    const configured = configureLocalization({
      sourceLocale: 'nl',
      targetLocales: ['en'],
      // English is a chunk of its own, fetched only when a page asks for it.
      loadLocale: () => import('../locales/en.js'),
    });
    setter = configured.setLocale;
    getter = configured.getLocale;
  }
  return { setLocale: setter, getLocale: getter! };
}

/** The locale for an element: an explicit one, else the nearest `lang`, else Dutch. */
export function resolveLocale(
  explicit: string | null | undefined,
  element?: Element,
): PortalLocale {
  const lang = explicit || element?.closest('[lang]')?.getAttribute('lang') || 'nl';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Switches every `@localized()` panel on the page to `locale`. */
export async function applyLocale(locale: PortalLocale): Promise<void> {
  const { setLocale, getLocale } = configure();
  if (getLocale() !== locale) await setLocale(locale);
}

/** The active locale. */
export function currentLocale(): PortalLocale {
  return configure().getLocale() as PortalLocale;
}
