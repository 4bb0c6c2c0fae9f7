/**
 * The languages the interface speaks. English is the source: its words live in the code
 * (compiled at build time); every other language is a catalogue loaded when chosen.
 *
 * `complete` is false while screens remain that still show only English: the switch then
 * says "partial" in that language's own words (`partial`), so nobody is told a translation
 * is whole when it is not. Every screen speaks all four today; a language added later starts
 * partial (README lists what is translated).
 */
export const LOCALES = {
  en: { name: 'English', intl: 'en-GB', dir: 'ltr', complete: true, partial: '' },
  fr: { name: 'Français', intl: 'fr', dir: 'ltr', complete: true, partial: '' },
  es: { name: 'Español', intl: 'es', dir: 'ltr', complete: true, partial: '' },
  ar: { name: 'العربية', intl: 'ar', dir: 'rtl', complete: true, partial: '' },
} as const;

export type Locale = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
export const SOURCE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** The first of the browser's languages the app speaks ("fr-CA" → fr), else English. */
export function bestLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

/** How the switch names a language: in that language, with "partial" while it is. */
export function localeLabel(locale: Locale): string {
  const { name, partial } = LOCALES[locale];
  return partial ? `${name} (${partial})` : name;
}
