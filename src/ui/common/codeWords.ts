import type { HrbaPrinciple, PiPrinciple } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

/**
 * The words for the domain's codes, one home each: the domain carries the codes only.
 */
// The home list needs only these two: they live apart so the first screen carries none of the rest.
export { STAGE_MESSAGES, MODE_MESSAGES } from './stageWords';

// Answers and verdicts are said in the reports too: their messages live in src/words/answers.ts.
export { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../../words/answers';

/** The two frameworks whose principles answers are grouped by: names, kept as their authors write them in every language. */
export const FRAMEWORK_NAMES = { hrba: 'HRBA@Tech', pi: 'Privacy International' } as const;

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
