import { loadCatalogue, type CompiledCatalogue } from './catalogues';
import { bestLocale, isLocale, LOCALES, SOURCE_LOCALE, type Locale } from './locales';

/**
 * The chosen language: one small store the whole page reads. The choice is kept in
 * localStorage, not in the IndexedDB settings, because it must be known synchronously
 * before the first paint (the catalogue is loaded and `lang`/`dir` are set before React
 * renders, so a right-to-left page never flashes left to right); IndexedDB answers only
 * after the database has opened. Like "Easy read", it is the person's preference, not
 * part of any assessment, so it is neither backed up nor exported.
 */
const KEY = 'hrba.language';

export interface LanguageState {
  readonly locale: Locale;
  readonly messages: CompiledCatalogue;
}

let state: LanguageState = { locale: SOURCE_LOCALE, messages: {} };
const listeners = new Set<() => void>();

export function languageState(): LanguageState {
  return state;
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored choice, else the browser's languages, else English. */
export function preferredLocale(): Locale {
  try {
    const stored = localStorage.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage refused (private mode): fall through to the browser's languages.
  }
  return bestLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

function applyToDocument(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.documentElement.dir = LOCALES[locale].dir;
}

/** Loads the catalogue first, then switches, so the page never shows half a language. */
export async function switchLanguage(locale: Locale, remember: boolean): Promise<void> {
  const messages = await loadCatalogue(locale);
  if (remember) {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // The choice then lasts for this visit only.
    }
  }
  state = { locale, messages };
  applyToDocument(locale);
  listeners.forEach((listener) => listener());
}

/** Called once before the first render. A catalogue that fails to load leaves English. */
export async function startLanguage(): Promise<void> {
  const locale = preferredLocale();
  applyToDocument(SOURCE_LOCALE);
  if (locale === SOURCE_LOCALE) return;
  await switchLanguage(locale, false).catch(() => undefined);
}
