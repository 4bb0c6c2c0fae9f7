import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * What the app says in a language, looked up the way it looks it up: the English source
 * text finds the message's id in `en.json`, the id finds the translation. So a test written
 * against the English words checks the French, Spanish or Arabic screen without copying
 * translations into the test (a changed translation is still found; a missing one fails).
 */
export type Language = 'en' | 'fr' | 'es' | 'ar';

const DIR = join(process.cwd(), 'src', 'i18n', 'messages');
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const source = read('en.json') as Record<string, { defaultMessage: string; description?: string }>;
const catalogues: Partial<Record<Language, Record<string, string>>> = {};

export function say(language: Language, english: string, values?: Record<string, string | number>, description?: string): string {
  const ids = Object.entries(source)
    .filter(([, m]) => m.defaultMessage === english && (description === undefined || m.description === description))
    .map(([id]) => id);
  if (ids.length === 0) throw new Error(`no message says "${english}"${description ? ` (${description})` : ''}`);
  const catalogue = language === 'en' ? null : (catalogues[language] ??= read(`${language}.json`) as Record<string, string>);
  const texts = [...new Set(ids.map((id) => (catalogue ? catalogue[id] : english)))];
  if (texts.some((t) => t === undefined)) throw new Error(`"${english}" has no ${language} translation`);
  if (texts.length > 1) throw new Error(`"${english}" is translated ${texts.length} ways in ${language}; name its description`);
  return new IntlMessageFormat(texts[0]!, language).format(values) as string;
}

/** The checklist's own text for an item in a language (English from the checklist, others from its translation files). */
export function itemText(language: Exclude<Language, 'en'>, stage: string, itemId: string, field: 'question' | 'gapTitle' = 'question'): string {
  const file = join(process.cwd(), 'checklists', 'hrba-tech', 'translations', language, 'items', `${stage}.json`);
  const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, Record<string, string>> }).items;
  const text = items[itemId]?.[field];
  if (!text) throw new Error(`no ${language} ${field} for ${itemId}`);
  return text;
}
