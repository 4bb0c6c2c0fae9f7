import { useEffect, useState } from 'react';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { TranslationReview } from '../../domain/checklist/translation';
import { useIntl } from '../../i18n/react';

/** The checklist as the person reads it, and what it is in. */
export interface ChecklistInLanguage {
  /** The same checklist (ids, rules, citations) with the chosen language's texts where a fresh translation has them. */
  loaded: LoadedChecklist;
  /** The language its texts are in: the chosen one when translated, else "en" (the source). */
  language: string;
  /** The translation's review state; null when the texts are the English source. */
  review: TranslationReview | null;
  /** Items still shown in English (their translation is missing or older than the English). */
  inEnglish: ReadonlySet<string>;
  /** The language of the checklist's own texts: stage summaries, profile questions, module and group names. */
  textsLanguage: string;
}

/** The language an item's texts are shown in (for `lang`): the translation's where it is fresh, else English. */
export const itemLanguage = (shown: ChecklistInLanguage, itemId: string): string =>
  shown.review !== null && !shown.inEnglish.has(itemId) ? shown.language : 'en';

const NONE: ReadonlySet<string> = new Set();
const cache = new Map<string, Promise<ChecklistInLanguage | null>>();

function load(loaded: LoadedChecklist, language: string): Promise<ChecklistInLanguage | null> {
  const key = `${loaded.ref.id}@${loaded.ref.version}:${language}`;
  let pending = cache.get(key);
  if (!pending) {
    // Its own chunk, and each language's texts their own chunks again: English readers never fetch them.
    pending = import('../../app/checklistTranslations').then(async ({ checklistLanguages, localizedChecklist }) => {
      if (!checklistLanguages(loaded.ref.id).includes(language)) return null;
      const localized = await localizedChecklist(loaded.checklist, language);
      return (
        localized && {
          loaded: { ...loaded, checklist: localized.checklist },
          language,
          review: localized.review,
          inEnglish: new Set(localized.inEnglish),
          textsLanguage: localized.manifestInEnglish ? 'en' : language,
        }
      );
    });
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/**
 * `loaded` in the interface's chosen language, for showing only: answers, the wizard's
 * applicability and every hash stay on the English source, and an item's answer keys on its
 * id, so switching language keeps every answer. Until the translation has loaded (or when
 * there is none, or it fails to load), the English is shown.
 */
export function useChecklistLanguage(loaded: LoadedChecklist): ChecklistInLanguage {
  const { locale } = useIntl();
  const english: ChecklistInLanguage = { loaded, language: 'en', review: null, inEnglish: NONE, textsLanguage: 'en' };
  const [shown, setShown] = useState<{ for: LoadedChecklist; locale: string; value: ChecklistInLanguage | null } | null>(null);
  useEffect(() => {
    if (locale === 'en') return;
    let live = true;
    load(loaded, locale).then(
      (value) => live && setShown({ for: loaded, locale, value }),
      (error: unknown) => {
        console.warn(`The checklist's ${locale} translation could not be loaded; it is shown in English:`, error);
        if (live) setShown({ for: loaded, locale, value: null });
      },
    );
    return () => {
      live = false;
    };
  }, [loaded, locale]);
  if (locale === 'en' || !shown || shown.for !== loaded || shown.locale !== locale) return english;
  return shown.value ?? english;
}
