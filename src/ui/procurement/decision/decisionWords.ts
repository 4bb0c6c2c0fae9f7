import type { DecisionProblem } from '../../../domain/procurement';
import type { DecisionStoreProblem } from '../../../db/decisions';

/** Why a decision cannot be recorded, in words a procurement officer can act on. */
export function decisionProblemText(p: DecisionProblem, vendor: string): string {
  switch (p.code) {
    case 'vendor-unknown':
      return 'The vendor chosen is not the latest imported response of any vendor. Choose the vendor again.';
    case 'red-flags-not-accepted':
      return `${vendor}’s response still raises ${p.keys.length === 1 ? 'a red flag' : 'red flags'} on ${p.keys.join(', ')}. To approve it anyway, confirm each red flag below; the report will say you did.`;
    case 'accepted-not-red-flag':
      return `${p.keys.join(', ')} ${p.keys.length === 1 ? 'is' : 'are'} no longer a red flag in ${vendor}’s latest response. Choose the vendor again.`;
    case 'clause-unknown':
      return `Condition ${p.clauseId} is not in the clause library.`;
    case 'library-differs':
      return 'The decision was made with another version of the clause library. Remove its conditions and add them again.';
    case 'condition-answers-unasked':
      return `Condition ${p.clauseId} names questions this request does not ask: ${p.keys.join(', ')}.`;
  }
}

export const STORE_PROBLEM_WORDS: Record<DecisionStoreProblem, string> = {
  'unknown-procurement': 'This procurement is no longer stored on this device.',
  'not-sent': 'A decision is recorded only once the request was sent to vendors.',
  'vendor-not-imported': 'The vendor’s response chosen is not stored on this device any more.',
  'vendor-not-latest': 'A newer revision of this vendor’s response was imported meanwhile. Look at it, then decide again.',
};

/** Field names for the schema's messages ("rationale: give the reasons…" → "Reasons: give the reasons…"). */
export const DECISION_FIELD_WORDS: Record<string, string> = {
  outcome: 'Decision',
  vendor: 'Vendor',
  rationale: 'Reasons',
  conditions: 'Conditions',
  acceptedRedFlags: 'Red flags accepted',
  decidedBy: 'Decided by',
};
