
/** The words for the domain's codes, one home each (most live in src/words, shared with the reports): the domain carries the codes only. */
// The home list needs only these two: they live apart so the first screen carries none of the rest.
export { STAGE_MESSAGES, MODE_MESSAGES } from './stageWords';
// Answers and verdicts are said in the reports too: their messages live in src/words/answers.ts.
export { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../../words/answers';
// So are the principles: src/words/codes.ts.
export { HRBA_PRINCIPLE_MESSAGES, PI_PRINCIPLE_MESSAGES } from '../../words/codes';

/** The two frameworks whose principles answers are grouped by: names, kept as their authors write them in every language. */
export const FRAMEWORK_NAMES = { hrba: 'HRBA@Tech', pi: 'Privacy International' } as const;
