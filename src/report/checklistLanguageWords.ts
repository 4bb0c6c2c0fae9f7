import type { FullReport } from '../domain/report/fullReport';
import { defineMessages, formatMessage } from '../i18n/format';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';

/**
 * What a report says about the checklist's language: the language its questions are quoted in
 * (and whether that translation is reviewed), what stayed in English, and the languages the
 * answers were given in. Language names come from Intl in the report's language.
 */
const MESSAGES = defineMessages({
  notReviewed: {
    defaultMessage: 'The checklist’s questions are quoted in {language}, a translation not yet reviewed; the English text is the reference.',
    description: 'Report cover: the checklist’s questions are quoted in a translation nobody has checked yet; {language} is a language name such as “French”, inside the sentence',
  },
  reviewed: {
    defaultMessage: 'The checklist’s questions are quoted in {language}, a reviewed translation; the English text is the reference.',
    description: 'Report cover: the checklist’s questions are quoted in a translation a reviewer has signed off; {language} is a language name such as “French”, inside the sentence',
  },
  itemsInEnglish: {
    defaultMessage:
      '{count, plural, one {One question is quoted in English: its translation is missing or older than the English text.} other {# questions are quoted in English: their translation is missing or older than the English text.}}',
    description: 'Report cover: how many of the checklist’s questions are printed in English because their translation is missing or out of date ({count} is a number)',
  },
  profileInEnglish: {
    defaultMessage: 'The profile questions and the module names are quoted in English: their translation is older than the English text.',
    description: 'Report cover: the product profile’s questions and the checklist module names are printed in English because their translation is out of date',
  },
  answeredIn: {
    defaultMessage: 'The checklist was answered in: {languages}.',
    description: 'Report cover: the languages the checklist was read in when its answers were given; {languages} is a list such as “French (12 answers), English (3 answers)”',
  },
  answeredInOne: {
    defaultMessage: '{language} ({count, plural, one {# answer} other {# answers}})',
    description: 'Report cover: one language the checklist was answered in, with how many answers; {language} is a language name, or the words for “not recorded”',
  },
  notRecorded: {
    defaultMessage: 'not recorded',
    description: 'Report cover, in the list of languages the checklist was answered in: answers given before the app recorded the language, lower case',
  },
});

const ENGLISH: LanguageState = { locale: 'en', messages: {} };

/** A language's name in the report's language ("French", « français », «الفرنسية»). */
function languageName(code: string, language: LanguageState): string {
  try {
    return new Intl.DisplayNames([LOCALES[language.locale].intl], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const say = (language: LanguageState, message: (typeof MESSAGES)[keyof typeof MESSAGES], values?: Record<string, string | number>) => String(formatMessage(language, message, values));

/**
 * The lines a report prints about its checklist's language, near the top, in `language` (English
 * when not given): nothing when it quotes the English source and no answer recorded its language.
 */
export function checklistLanguageLines(report: FullReport, language: LanguageState = ENGLISH): string[] {
  const { checklist, answeredIn } = report.languages;
  const lines: string[] = [];
  if (checklist.language !== 'en') {
    const name = languageName(checklist.language, language);
    lines.push(say(language, checklist.reviewed ? MESSAGES.reviewed : MESSAGES.notReviewed, { language: name }));
    if (checklist.inEnglish.length > 0) lines.push(say(language, MESSAGES.itemsInEnglish, { count: checklist.inEnglish.length }));
    if (checklist.manifestInEnglish) lines.push(say(language, MESSAGES.profileInEnglish));
  }
  if (answeredIn.length > 0) {
    const list = new Intl.ListFormat(LOCALES[language.locale].intl, { type: 'conjunction' }).format(
      answeredIn.map(({ language: code, count }) =>
        say(language, MESSAGES.answeredInOne, { language: code === null ? say(language, MESSAGES.notRecorded) : languageName(code, language), count }),
      ),
    );
    lines.push(say(language, MESSAGES.answeredIn, { languages: list }));
  }
  return lines;
}
