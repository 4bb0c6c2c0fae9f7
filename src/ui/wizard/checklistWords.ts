import type { AnswerStatus, SkipReason } from '../../domain';
import type { Locale } from '../../i18n/locales';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

export { ASSESSMENT_KIND_MESSAGES } from '../../words/codes';

/**
 * Words only the open assessment uses (the checklist walk and its frame), kept out of the
 * home page's code: the first screen loads codeWords, not these.
 */

/** Headings of an item's guidance, in the usual and the easy-read wording. */
export const GUIDANCE_HEADINGS = {
  plain: defineMessages({
    why: { defaultMessage: 'Why it matters', description: 'Checklist item: heading of why the question matters' },
    details: { defaultMessage: 'What good looks like and the evidence an auditor would ask for', description: 'Checklist item: disclosure with good practice and evidence' },
    good: { defaultMessage: 'What good looks like', description: 'Checklist item: heading of the good-practice list' },
    evidence: { defaultMessage: 'Evidence an auditor would ask for', description: 'Checklist item: heading of the evidence list' },
    sources: { defaultMessage: 'Sources and principles', description: 'Checklist item: disclosure with citations and principles' },
  }),
  easy: defineMessages({
    why: { defaultMessage: 'Why we ask this', description: 'Checklist item, easy read: heading of why the question matters' },
    details: { defaultMessage: 'What good looks like and what proof to show', description: 'Checklist item, easy read: disclosure with good practice and evidence' },
    good: { defaultMessage: 'What good looks like', description: 'Checklist item, easy read: heading of the good-practice list' },
    evidence: { defaultMessage: 'Papers or proof you can show', description: 'Checklist item, easy read: heading of the evidence list' },
    sources: { defaultMessage: 'Where this question comes from', description: 'Checklist item, easy read: disclosure with citations and principles' },
  }),
} as const;

/**
 * An evidence row left without a description. The domain's schema says so only in English
 * (requiredUserText, no code), so the form says it here when the description is empty; other
 * problems (too long, invisible characters, a link that is not a web address) are the domain's words.
 */
export const NO_EVIDENCE_LABEL = defineMessages({
  problem: { defaultMessage: 'describe the evidence', description: 'Checklist item: error under an evidence row whose description is empty' },
}).problem;

/** The answers in easy-read words (the header's "Easy read" switch). */
export const EASY_ANSWER_MESSAGES: Record<AnswerStatus, MessageDescriptor> = defineMessages({
  yes: { defaultMessage: 'Yes', description: 'Easy-read answer to a checklist question: the measure is in place' },
  partial: { defaultMessage: 'Partly, not fully', description: 'Easy-read answer to a checklist question: the measure is partly in place' },
  no: { defaultMessage: 'No', description: 'Easy-read answer to a checklist question: the measure is not in place' },
  'not-applicable': { defaultMessage: 'This does not fit us', description: 'Easy-read answer to a checklist question: it does not apply' },
  unknown: { defaultMessage: 'I don’t know', description: 'Easy-read answer to a checklist question: the person does not know' },
});

/** Why an item does not apply to the profile given; shown in brackets after the question. */
export const SKIP_REASON_MESSAGES: Record<SkipReason, MessageDescriptor> = defineMessages({
  perspective: { defaultMessage: 'written for another perspective (builder or buyer)', description: 'Why a checklist item does not apply: it is for the other side' },
  module: { defaultMessage: 'belongs to an optional module the profile did not activate', description: 'Why a checklist item does not apply: its optional module is off' },
  rule: { defaultMessage: 'does not apply to the profile you gave', description: 'Why a checklist item does not apply: the profile answers rule it out' },
});

/** A language named in the interface's language ("French" in English, « français » in French). */
export const LANGUAGE_MESSAGES: Record<Locale, MessageDescriptor> = defineMessages({
  en: { defaultMessage: 'English', description: 'Name of the English language, inside a sentence (lower case where the language writes it so)' },
  fr: { defaultMessage: 'French', description: 'Name of the French language, inside a sentence (lower case where the language writes it so)' },
  es: { defaultMessage: 'Spanish', description: 'Name of the Spanish language, inside a sentence (lower case where the language writes it so)' },
  ar: { defaultMessage: 'Arabic', description: 'Name of the Arabic language, inside a sentence (lower case where the language writes it so)' },
});
