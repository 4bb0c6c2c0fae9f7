import type { AnswerStatus, ReviewVerdict } from '../domain';
import { defineMessages, type MessageDescriptor } from '../i18n/format';

/**
 * The words for an answer and a verdict on it, one message each, shared by the screens
 * (src/ui/common/codeWords.ts re-exports them) and the reports.
 */
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

