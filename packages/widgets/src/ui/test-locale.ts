/**
 * For the tests of the UI pieces only: switches @lit/localize between the Dutch source strings
 * and the English of `locales/en/ui.ts`, so a test can show that every string is translated.
 * Each test file runs in its own page, so configuring once per file is allowed.
 */
import { configureLocalization } from '@lit/localize';
import { ui } from '../locales/en/ui.js';

let setLocale: ((locale: string) => Promise<void>) | undefined;

/** Switches the UI pieces to `locale`; `@localized()` elements re-render after it resolves. */
export async function useLocale(locale: 'nl' | 'en'): Promise<void> {
  setLocale ??= configureLocalization({
    sourceLocale: 'nl',
    targetLocales: ['en'],
    loadLocale: () => Promise.resolve({ templates: ui }),
  }).setLocale;
  await setLocale(locale);
}
