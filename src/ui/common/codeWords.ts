import type { AnswerStatus, AssessmentKind, HrbaPrinciple, PiPrinciple, ReviewVerdict, SkipReason } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * The interface's words for the domain's codes, one home each. (The domain's own English
 * labels, STAGE_LABELS, MODE_LABELS, ANSWER_LABELS, VERDICT_LABELS and the principle labels,
 * still serve the reports until they move to catalogues.)
 */
// The home list needs only these two: they live apart so the first screen carries none of the rest.
export { STAGE_MESSAGES, MODE_MESSAGES } from './stageWords';

export const ANSWER_MESSAGES: Record<AnswerStatus, MessageDescriptor> = defineMessages({
  yes: { defaultMessage: 'Yes', description: 'Answer to a checklist question' },
  partial: { defaultMessage: 'Partly', description: 'Answer to a checklist question: partly in place' },
  no: { defaultMessage: 'No', description: 'Answer to a checklist question' },
  'not-applicable': { defaultMessage: 'Not applicable', description: 'Answer to a checklist question' },
  unknown: { defaultMessage: 'Don’t know', description: 'Answer to a checklist question: the person does not know' },
});

/** Verdicts on an answer: an auditor's (conforms…) and a buyer's on a vendor's answer (accepted…). */
export const VERDICT_MESSAGES: Record<ReviewVerdict, MessageDescriptor> = defineMessages({
  conforms: { defaultMessage: 'Conforms', description: 'Auditor’s verdict on an answer' },
  'partially-conforms': { defaultMessage: 'Partially conforms', description: 'Auditor’s verdict on an answer' },
  'does-not-conform': { defaultMessage: 'Does not conform', description: 'Auditor’s verdict on an answer' },
  'not-verified': { defaultMessage: 'Not verified', description: 'Auditor’s verdict on an answer: could not be checked' },
  accepted: { defaultMessage: 'Accepted', description: 'Buyer’s verdict on a vendor’s answer' },
  'clarification-needed': { defaultMessage: 'Clarification needed', description: 'Buyer’s verdict on a vendor’s answer: the vendor must explain' },
  insufficient: { defaultMessage: 'Insufficient', description: 'Buyer’s verdict on a vendor’s answer: not good enough' },
});

export const HRBA_PRINCIPLE_MESSAGES: Record<HrbaPrinciple, MessageDescriptor> = defineMessages({
  accountable: { defaultMessage: 'Accountable', description: 'HRBA@Tech principle: technology that is accountable' },
  secure: { defaultMessage: 'Secure', description: 'HRBA@Tech principle: technology that is secure' },
  'non-discriminatory': { defaultMessage: 'Non-discriminatory', description: 'HRBA@Tech principle' },
  'grounded-in-ihrl': { defaultMessage: 'Grounded in international human rights law', description: 'HRBA@Tech principle' },
  representation: { defaultMessage: 'Representation of those affected', description: 'HRBA@Tech principle: the people affected take part' },
  transparency: { defaultMessage: 'Transparency', description: 'HRBA@Tech principle' },
  empowerment: { defaultMessage: 'Empowerment', description: 'HRBA@Tech principle' },
});

export const PI_PRINCIPLE_MESSAGES: Record<PiPrinciple, MessageDescriptor> = defineMessages({
  transparency: { defaultMessage: 'Transparency', description: 'Privacy International principle for public-private partnerships' },
  'adequate-procurement': { defaultMessage: 'Adequate procurement', description: 'Privacy International principle for public-private partnerships' },
  'legality-necessity-proportionality': { defaultMessage: 'Legality, necessity and proportionality', description: 'Privacy International principle for public-private partnerships' },
  accountability: { defaultMessage: 'Accountability', description: 'Privacy International principle for public-private partnerships' },
  oversight: { defaultMessage: 'Oversight', description: 'Privacy International principle for public-private partnerships' },
  redress: { defaultMessage: 'Redress', description: 'Privacy International principle for public-private partnerships' },
});

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

/** What kind of assessment this is, with who answers it (assessmentKind). */
export const ASSESSMENT_KIND_MESSAGES: Record<AssessmentKind, MessageDescriptor> = defineMessages({
  'own-product': { defaultMessage: 'Self-assessment by the company that builds or sells the product', description: 'Kind of assessment, under its title' },
  buying: { defaultMessage: 'Buyer’s assessment, answered by the buyer', description: 'Kind of assessment, under its title' },
  'independent-review': { defaultMessage: 'Independent review, answered by the reviewer', description: 'Kind of assessment, under its title' },
  self: { defaultMessage: 'Self-assessment', description: 'Kind of assessment, under its title' },
  audit: { defaultMessage: 'Independent audit', description: 'Kind of assessment, under its title' },
  'vendor-response': { defaultMessage: 'Vendor response to a buyer’s questionnaire', description: 'Kind of assessment, under its title' },
});

/** A language named in the interface's language ("French" in English, « français » in French). */
export const LANGUAGE_MESSAGES: Record<Locale, MessageDescriptor> = defineMessages({
  en: { defaultMessage: 'English', description: 'Name of the English language, inside a sentence (lower case where the language writes it so)' },
  fr: { defaultMessage: 'French', description: 'Name of the French language, inside a sentence (lower case where the language writes it so)' },
  es: { defaultMessage: 'Spanish', description: 'Name of the Spanish language, inside a sentence (lower case where the language writes it so)' },
  ar: { defaultMessage: 'Arabic', description: 'Name of the Arabic language, inside a sentence (lower case where the language writes it so)' },
});
