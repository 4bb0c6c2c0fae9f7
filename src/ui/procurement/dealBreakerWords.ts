import {
  dealBreakerTriggers,
  DEFAULT_DEAL_BREAKER_TRIGGERS,
  type DealBreaker,
} from '../../domain/procurement';
import { TRIGGER_WORDS } from '../../words/procurement';

/**
 * The words of the deal-breaker policy, as vendors and buyers read them. The policy
 * itself (which answers raise a flag) is decided in src/domain/procurement/dealBreakers.ts;
 * this file only says it.
 */
// The words for codes shared with the decision report live in src/words; re-exported for the screens.
export { TRIGGER_WORDS, PROCUREMENT_STAGE_LABELS, RED_FLAG_SOURCE_LABELS } from '../../words/procurement';

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
