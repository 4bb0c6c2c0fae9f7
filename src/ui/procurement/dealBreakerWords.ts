import {
  dealBreakerTriggers,
  DEFAULT_DEAL_BREAKER_TRIGGERS,
  type DealBreaker,
  type DealBreakerTrigger,
  type ProcurementStage,
  type ResponseRedFlagSource,
} from '../../domain/procurement';

/**
 * The words of the deal-breaker policy, as vendors and buyers read them. The policy
 * itself (which answers raise a flag) is decided in src/domain/procurement/dealBreakers.ts;
 * this file only says it.
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

/** "A, B and C" in plain English. */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The policy shown once at the top of a request, for every deal-breaker without an override. */
export const DEAL_BREAKER_POLICY_TEXT =
  `A deal-breaker is a question the buyer cannot accept a weak answer to. On a deal-breaker, ${list(DEFAULT_DEAL_BREAKER_TRIGGERS.map((t) => TRIGGER_WORDS[t]))} ` +
  'all raise a red flag, unless the buyer says otherwise for that question. Only “Yes” does not. ' +
  'A red flag is shown to the buyer as it is: no score, total or ranking can hide or outweigh it.';

/** What raises the flag on one deal-breaker, as a vendor reads it beside the question. */
export function dealBreakerRuleText(rule: DealBreaker): string {
  const triggers = dealBreakerTriggers(rule);
  const raised = `Red flag on ${list(triggers.map((t) => TRIGGER_WORDS[t]))}`;
  const base = rule.triggers ? `${raised} (the buyer’s rule for this question)` : raised;
  return rule.note.trim() ? `${base}. ${rule.note.trim()}` : `${base}.`;
}

/** What the buyer's signature on a request said, in one sentence. */
export function requestSignatureText(signature: { valid: boolean; signer: string | null } | null): string {
  if (!signature) return 'The request is not signed: nothing proves who wrote it.';
  if (!signature.valid) return 'The request’s signature does not match its content: it was changed after signing. Ask the buyer for a new copy.';
  return `Signed by ${signature.signer ?? 'an unnamed signer'}; the signature matches the request.`;
}
