import type { ProcurementStatus, ResponseRedFlagSource } from '../../domain/procurement';
import { defineMessage, defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';

/**
 * A name from someone's file (an organisation, a signer, a file name) set inside a sentence
 * made as plain text: in a right-to-left language it is isolated (FSI…PDI), as <bdi> does
 * in markup, so a Latin name and the punctuation beside it keep their order.
 */
export const isolate = (intl: Pick<IntlShape, 'dir'>, text: string): string => (intl.dir === 'rtl' ? `\u2068${text}\u2069` : text);

/** The codes the decision report says too live in src/words/procurement.ts, one message each. */
export { DECISION_OUTCOME_MESSAGES, NO_ANSWER, PROCUREMENT_STAGE_MESSAGES, TRIGGER_MESSAGES } from '../../words/procurement';

export const PROCUREMENT_STATUS_MESSAGES: Record<ProcurementStatus, MessageDescriptor> = defineMessages({
  draft: { defaultMessage: 'Draft, not sent', description: 'Status of a procurement in the home list' },
  sent: { defaultMessage: 'Sent, no response yet', description: 'Status of a procurement in the home list' },
  'responses-in': { defaultMessage: 'Responses in', description: 'Status of a procurement in the home list: vendors’ responses were imported' },
  decided: { defaultMessage: 'Decided', description: 'Status of a procurement in the home list: the decision is recorded' },
});

/** "Red flag: deal-breaker set by the buyer." after an answer, in a review card or a comparison cell. */
const RED_FLAG_SENTENCE = defineMessage({
  defaultMessage: 'Red flag: {source, select, buyer {deal-breaker set by the buyer} other {red-flag item of the checklist}}.',
  description: 'Procurement: after a vendor’s answer, why it raises a red flag (source=buyer when the buyer made the question a deal-breaker, else the checklist marks the item as a red flag)',
});

export const redFlagSentence = (intl: Pick<IntlShape, 'formatMessage'>, source: ResponseRedFlagSource) =>
  intl.formatMessage(RED_FLAG_SENTENCE, { source: source === 'deal-breaker' ? 'buyer' : 'checklist' });
