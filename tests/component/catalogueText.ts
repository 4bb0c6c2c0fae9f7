import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../src/i18n/messages/en.json';
import fr from '../../src/i18n/messages/fr.json';
import es from '../../src/i18n/messages/es.json';
import ar from '../../src/i18n/messages/ar.json';
import { LOCALES, type Locale } from '../../src/i18n/locales';

const CATALOGUES: Record<Exclude<Locale, 'en'>, Record<string, string>> = { fr, es, ar };

/**
 * What a catalogue says for the message whose English source is `english` (and, when two
 * share that text, whose description starts with `context`): read from the catalogue files
 * and formatted with intl-messageformat for the locale, apart from the app's own code, so a
 * test compares the screen with the translators' file rather than with a copy of it.
 */
export function catalogueText(locale: Exclude<Locale, 'en'>, english: string, values: Record<string, string | number> = {}, context = ''): string {
  const source = en as Record<string, { defaultMessage: string; description?: string }>;
  const ids = Object.keys(source).filter((id) => source[id]!.defaultMessage === english && (source[id]!.description ?? '').startsWith(context));
  if (ids.length !== 1) throw new Error(`${ids.length} messages have the English text ${JSON.stringify(english)}`);
  const translated = CATALOGUES[locale][ids[0]!];
  if (!translated) throw new Error(`the ${locale} catalogue has no ${ids[0]}`);
  return String(new IntlMessageFormat(translated, LOCALES[locale].intl).format(values));
}
