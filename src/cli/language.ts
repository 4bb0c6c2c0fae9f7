import { join } from 'node:path';
import type { Checklist } from '../domain';
import { localizeChecklist, type LocalizedChecklist } from '../domain/checklist/translation';
import { loadCatalogue } from '../i18n/catalogues';
import type { LanguageState } from '../i18n/language';
import type { Locale } from '../i18n/locales';
import { loadChecklistTranslation } from '../node/loadTranslation';
import { BUNDLED_CHECKLISTS } from './paths';

/**
 * The language a report is made in (`--lang`): the interface's catalogue for that locale
 * (src/i18n/messages/<locale>.json, compiled into its own chunk and read only when asked for;
 * English needs none), and the bundled checklist's translation, so the report quotes the
 * checklist in that language where the translation is fresh, as the app's export does.
 */
export async function reportLanguage(locale: Locale): Promise<LanguageState> {
  return { locale, messages: await loadCatalogue(locale) };
}

/** The checklist as the report quotes it in `locale`; null for English or a language with no translation of it. */
export function checklistIn(checklist: Checklist, locale: Locale): LocalizedChecklist | null {
  if (locale === 'en') return null;
  const translation = loadChecklistTranslation(join(BUNDLED_CHECKLISTS, checklist.id), locale);
  return translation ? localizeChecklist(checklist, translation) : null;
}
