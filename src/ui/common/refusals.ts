import type { RefusalCode } from '../../domain';

/** Plain words for a change the domain refused (its guard gives only a code). */
const WORDS: Record<RefusalCode, { problem: string; advice: string }> = {
  'revision-locked': {
    problem: 'this revision is locked (signed), so it cannot change.',
    advice: 'Start the next revision to make changes; this one stays exactly as it was signed.',
  },
  'audit-respondent-work': {
    problem: 'in audit mode the respondent’s answers, profile, findings, actions and context cannot be changed.',
    advice: 'Record your verdicts and the audit statement under Audit review. To answer items yourself, choose another purpose in the Product step.',
  },
};

export const refusalWords = (code: RefusalCode) => WORDS[code];
