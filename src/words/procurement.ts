import type { DealBreakerTrigger, DecisionOutcome, ProcurementStage, ResponseRedFlagSource, ResponseVerdict } from '../domain/procurement';

/**
 * English words for the procurement journey's codes, for the decision report (PDF and
 * HTML), which is English until the reports move to catalogues. The screens say the same
 * codes through catalogue messages (src/ui/procurement/codeMessages.ts), in the chosen
 * language. The policies themselves live in src/domain/procurement.
 */
export const TRIGGER_WORDS: Record<DealBreakerTrigger, string> = {
  no: '“No”',
  unknown: '“Don’t know”',
  partial: '“Partly”',
  unanswered: 'no answer',
  'not-applicable': '“Not applicable”',
};

export const PROCUREMENT_STAGE_LABELS: Record<ProcurementStage, string> = {
  'market-consultation': 'Market consultation',
  tender: 'Tender',
  award: 'Award',
  'contract-management': 'Contract management',
};

export const RED_FLAG_SOURCE_LABELS: Record<ResponseRedFlagSource, string> = {
  'deal-breaker': 'Deal-breaker set by the buyer',
  checklist: 'Red-flag item of the checklist',
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  approve: 'Approve',
  'approve-with-conditions': 'Approve with conditions',
  reject: 'Reject',
};

/** "Approve with conditions: Argus Systems (revision 2)"; a rejection of every vendor names none. */
export function decisionHeadline(d: { outcome: DecisionOutcome; vendor: string | null; revision: number | null }): string {
  const label = DECISION_OUTCOME_LABELS[d.outcome];
  if (!d.vendor) return d.outcome === 'reject' ? `${label}: no vendor is approved` : label;
  return `${label}: ${d.vendor}${d.revision ? ` (response revision ${d.revision})` : ''}`;
}

/** "Red flag on CQ-01: “Don’t know” (deal-breaker set by the buyer)". */
export function redFlagText(f: { key: string; source: ResponseRedFlagSource; trigger: DealBreakerTrigger }): string {
  return `Red flag on ${f.key}: ${TRIGGER_WORDS[f.trigger]} (${RED_FLAG_SOURCE_LABELS[f.source].toLowerCase()})`;
}

export const RESPONSE_VERDICT_LABELS: Record<ResponseVerdict, string> = {
  accepted: 'Accepted',
  'clarification-needed': 'Clarification needed',
  insufficient: 'Insufficient',
};
