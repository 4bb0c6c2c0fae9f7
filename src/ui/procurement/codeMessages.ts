import type { DealBreakerTrigger, DecisionOutcome, ProcurementStage, ProcurementStatus, ResponseRedFlagSource } from '../../domain/procurement';
import { defineMessage, defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';

/**
 * A name from someone's file (an organisation, a signer, a file name) set inside a sentence
 * made as plain text: in a right-to-left language it is isolated (FSI…PDI), as <bdi> does
 * in markup, so a Latin name and the punctuation beside it keep their order.
 */
export const isolate = (intl: Pick<IntlShape, 'dir'>, text: string): string => (intl.dir === 'rtl' ? `\u2068${text}\u2069` : text);

/**
 * The screens' words for the procurement journey's codes, one message each. The decision
 * report still says them in English from src/words/procurement.ts (keyed by the same
 * codes) until the reports move to catalogues.
 */
export const TRIGGER_MESSAGES: Record<DealBreakerTrigger, MessageDescriptor> = defineMessages({
  no: { defaultMessage: '“No”', description: 'An answer that raises a red flag on a deal-breaker, quoted inside a sentence ("Red flag on “No” and “Partly”")' },
  unknown: { defaultMessage: '“Don’t know”', description: 'An answer that raises a red flag on a deal-breaker, quoted inside a sentence' },
  partial: { defaultMessage: '“Partly”', description: 'An answer that raises a red flag on a deal-breaker, quoted inside a sentence' },
  unanswered: { defaultMessage: 'no answer', description: 'A question left unanswered, which raises a red flag on a deal-breaker; inside a sentence ("Red flag on “No” and no answer")' },
  'not-applicable': { defaultMessage: '“Not applicable”', description: 'An answer that raises a red flag on a deal-breaker, quoted inside a sentence' },
});

export const PROCUREMENT_STAGE_MESSAGES: Record<ProcurementStage, MessageDescriptor> = defineMessages({
  'market-consultation': { defaultMessage: 'Market consultation', description: 'Procurement stage: the buyer sounds out the market before a tender' },
  tender: { defaultMessage: 'Tender', description: 'Procurement stage: the call for bids' },
  award: { defaultMessage: 'Award', description: 'Procurement stage: the contract is awarded' },
  'contract-management': { defaultMessage: 'Contract management', description: 'Procurement stage: the contract is running' },
});

export const PROCUREMENT_STATUS_MESSAGES: Record<ProcurementStatus, MessageDescriptor> = defineMessages({
  draft: { defaultMessage: 'Draft, not sent', description: 'Status of a procurement in the home list' },
  sent: { defaultMessage: 'Sent, no response yet', description: 'Status of a procurement in the home list' },
  'responses-in': { defaultMessage: 'Responses in', description: 'Status of a procurement in the home list: vendors’ responses were imported' },
  decided: { defaultMessage: 'Decided', description: 'Status of a procurement in the home list: the decision is recorded' },
});

export const DECISION_OUTCOME_MESSAGES: Record<DecisionOutcome, MessageDescriptor> = defineMessages({
  approve: { defaultMessage: 'Approve', description: 'Procurement decision: approve the vendor' },
  'approve-with-conditions': { defaultMessage: 'Approve with conditions', description: 'Procurement decision: approve the vendor with contract conditions' },
  reject: { defaultMessage: 'Reject', description: 'Procurement decision: reject' },
});

/** "Red flag: deal-breaker set by the buyer." after an answer, in a review card or a comparison cell. */
const RED_FLAG_SENTENCE = defineMessage({
  defaultMessage: 'Red flag: {source, select, buyer {deal-breaker set by the buyer} other {red-flag item of the checklist}}.',
  description: 'Procurement: after a vendor’s answer, why it raises a red flag (source=buyer when the buyer made the question a deal-breaker, else the checklist marks the item as a red flag)',
});

export const redFlagSentence = (intl: Pick<IntlShape, 'formatMessage'>, source: ResponseRedFlagSource) =>
  intl.formatMessage(RED_FLAG_SENTENCE, { source: source === 'deal-breaker' ? 'buyer' : 'checklist' });

export const NO_ANSWER = defineMessage({ defaultMessage: 'No answer', description: 'Procurement: the vendor gave no answer to a question' });
