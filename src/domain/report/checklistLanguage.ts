import type { Checklist } from '../checklist/schema';
import { localizeChecklist, type ChecklistTranslation, type LocalizedChecklist } from '../checklist/translation';
import { answerLanguages, countAnswerLanguages } from '../trail/languages';
import type { TrailEvent } from '../trail/event';

/**
 * Which language a report quotes the checklist in, and which languages it was answered in:
 * codes and counts only (src/report words them). Ids, hashes and citations are always the
 * English source's; only the texts people read are swapped for a fresh translation.
 */
export interface ReportChecklistLanguage {
  /** The language the checklist's texts are quoted in: a translation's code, or "en" for the English source. */
  language: string;
  /** True when a reviewer signed the translation off; the English source counts as reviewed. */
  reviewed: boolean;
  /** Items quoted (wholly or partly) in English because their translation is missing or older than the English. */
  inEnglish: string[];
  /** The checklist's own texts (profile questions and options, module and group names) are quoted in English. */
  manifestInEnglish: boolean;
}

/** How many of the report's answers were given with the checklist in each language (null: not recorded), most first. */
export interface ReportAnsweredIn {
  language: string | null;
  count: number;
}

export interface ReportLanguages {
  checklist: ReportChecklistLanguage;
  /** Empty when the report is made without a change trail, or none of its answers recorded a language. */
  answeredIn: ReportAnsweredIn[];
}

const ENGLISH: ReportChecklistLanguage = { language: 'en', reviewed: true, inEnglish: [], manifestInEnglish: false };

/**
 * The checklist whose texts a report quotes: `checklist` itself without a translation, else its
 * localized copy (same ids, rules and citations). A localized checklist made from another
 * version than `checklist` is not used: its fallbacks were worked out against other English.
 */
export function quotedChecklist(checklist: Checklist, translation?: ChecklistTranslation | LocalizedChecklist): { checklist: Checklist; language: ReportChecklistLanguage } {
  if (!translation) return { checklist, language: ENGLISH };
  const localized = 'checklist' in translation ? translation : localizeChecklist(checklist, translation);
  if (localized.checklist.id !== checklist.id || localized.checklist.version !== checklist.version) return { checklist, language: ENGLISH };
  return {
    checklist: localized.checklist,
    language: {
      language: localized.language,
      reviewed: localized.review.status === 'reviewed',
      inEnglish: [...localized.inEnglish],
      manifestInEnglish: localized.manifestInEnglish,
    },
  };
}

/**
 * The quoting language narrowed to the items a report quotes (`quotedIds`): only their fallbacks
 * are counted, and a translation that gives the report nothing (every quoted item and the
 * checklist's own texts in English, e.g. a translation of a later version) is not claimed.
 */
export function quotedLanguage(language: ReportChecklistLanguage, quotedIds: ReadonlySet<string>): ReportChecklistLanguage {
  const inEnglish = language.inEnglish.filter((id) => quotedIds.has(id));
  if (language.language === 'en' || (language.manifestInEnglish && inEnglish.length === quotedIds.size)) return ENGLISH;
  return { ...language, inEnglish };
}

/**
 * The languages the answers of `answeredIds` were given in, from the trail; an answer the trail
 * has no language for counts as not recorded. Empty without a trail, or when no answer recorded
 * its language (an assessment made before the app recorded it says nothing it cannot know).
 */
export function answeredIn(trail: readonly Pick<TrailEvent, 'change'>[] | undefined, answeredIds: readonly string[]): ReportAnsweredIn[] {
  if (!trail) return [];
  const recorded = answerLanguages(trail);
  const counts = countAnswerLanguages(new Map(answeredIds.map((id) => [id, recorded.get(id) ?? null])), answeredIds);
  return counts.some((c) => c.language !== null) ? counts : [];
}
