import type { DealBreakerTrigger, DecisionOutcome, ProcurementStage } from '../domain/procurement';
import { defineMessage, defineMessages, type MessageDescriptor } from '../i18n/format';

/**
 * The procurement journey's codes in words, one message each, shared by the screens
 * (src/ui/procurement, which re-exports them from codeMessages.ts) and the decision report
 * (src/report/decision/words.ts), so a code is translated once. The policies themselves
 * live in src/domain/procurement.
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

export const DECISION_OUTCOME_MESSAGES: Record<DecisionOutcome, MessageDescriptor> = defineMessages({
  approve: { defaultMessage: 'Approve', description: 'Procurement decision: approve the vendor' },
  'approve-with-conditions': { defaultMessage: 'Approve with conditions', description: 'Procurement decision: approve the vendor with contract conditions' },
  reject: { defaultMessage: 'Reject', description: 'Procurement decision: reject' },
});

/**
 * "Approve with conditions: Argus Systems (response revision 2)"; a rejection of every vendor
 * names none. {outcome} is a DECISION_OUTCOME_MESSAGES label, {vendor} the vendor's name.
 */
export const DECISION_HEADLINE_MESSAGES = defineMessages({
  noVendor: { defaultMessage: '{outcome}: no vendor is approved', description: 'Decision headline: every vendor rejected' },
  revision: {
    defaultMessage: '{outcome}: {vendor} (response revision {revision})',
    description: 'Decision headline: the outcome, the vendor and the revision of its response decided on',
  },
  vendor: { defaultMessage: '{outcome}: {vendor}', description: 'Decision headline: the outcome and the vendor' },
});

export const NO_ANSWER = defineMessage({ defaultMessage: 'No answer', description: 'Procurement: the vendor gave no answer to a question' });

/** What a vendor's signature is when it proves nothing: in the screens' and the report's Signature column. */
export const SIGNATURE_MESSAGES = defineMessages({
  unsigned: { defaultMessage: 'Not signed', description: 'Imported responses, Signature column: nobody signed the response' },
  invalid: { defaultMessage: 'Signature does not match', description: 'Imported responses, Signature column: the response changed after signing' },
});

/** "CQ-01 (deal-breaker) (mandatory)": a question of the comparison, marked as the buyer set it. */
export const QUESTION_MARKS_MESSAGE = defineMessage({
  defaultMessage: '{key}{breaker, select, yes { (deal-breaker)} other {}}{mandatory, select, yes { (mandatory)} other {}}',
  description: 'Comparison matrix: a question id, marked when it is a deal-breaker and when it is mandatory',
});
