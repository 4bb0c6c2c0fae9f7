import { ANSWER_LABELS } from '../../domain';
import type { DecisionReport, DecisionReportVendor, MatrixCell } from '../../domain/procurement';
import { formatTimestamp, plural } from '../common';
import { citationText } from '../../words/citations';
import { DECISION_OUTCOME_LABELS, PROCUREMENT_STAGE_LABELS, RED_FLAG_SOURCE_LABELS, RESPONSE_VERDICT_LABELS, TRIGGER_WORDS, decisionHeadline, redFlagText } from '../../words/procurement';

/**
 * What the decision report's PDF and HTML both say, so they read the same: section
 * titles, the procurement's fields, a matrix cell, a vendor's signature, the red-flag
 * statement. Codes come from the report model; only this file and src/words name them.
 */
export const DECISION_SECTIONS = {
  decision: 'Decision',
  conditions: 'Contract conditions',
  vendors: 'Vendors compared',
  redFlags: 'Red flags by vendor',
  matrix: 'Comparison matrix',
  library: 'About the clause library',
} as const;

export const MATRIX_INTRO =
  'Questions where any vendor raised a red flag come first; vendors are in the same order as above. Each vendor’s latest imported revision is compared.';

export const DECISION_KICKER = 'HRBA@Tech procurement decision report';

export function procurementFields(r: DecisionReport): [string, string][] {
  const p = r.procurement;
  const fields: [string, string][] = [
    ['Buyer', p.buyer],
    ['Contact', p.contact],
    ['Reference', p.reference || 'none given'],
    ['Stage', PROCUREMENT_STAGE_LABELS[p.stage]],
    ['Deadline for responses', p.deadline || 'none set'],
    ['Request sent', p.sentAt ? formatTimestamp(p.sentAt) : 'not sent'],
    ['Checklist', `${p.checklist.id} ${p.checklist.version}`],
    ['Report id', r.meta.reportId],
    ['Report date', formatTimestamp(r.meta.generatedAt)],
  ];
  return fields.filter(([, value]) => value.trim() !== '');
}

export const outcomeText = (r: DecisionReport) => decisionHeadline(r.decision);
export { DECISION_OUTCOME_LABELS, RED_FLAG_SOURCE_LABELS, TRIGGER_WORDS, redFlagText };

export function decidedText(r: DecisionReport): string {
  return `Decided ${formatTimestamp(r.decision.decidedAt)}${r.decision.decidedBy ? ` by ${r.decision.decidedBy}` : ''}.`;
}

/** The statement no score may soften: the approved vendor's open red flags, accepted knowingly. */
export function acceptedRedFlagsText(r: DecisionReport): string | null {
  const n = r.decision.acceptedRedFlags.length;
  if (n === 0 || r.decision.outcome === 'reject' || r.decision.stale) return null;
  return `The approved vendor’s response still raises ${plural(n, 'red flag')}. The officer confirmed approving it despite ${n === 1 ? 'this red flag' : 'these red flags'}, listed here:`;
}

export const NO_RED_FLAG_APPROVED = 'The approved vendor’s response raises no red flag.';

/** A decision made on a revision that a later re-submission replaced: said first, never glossed over. */
export function staleDecisionText(r: DecisionReport): string | null {
  if (!r.decision.stale) return null;
  const accepted = r.decision.acceptedKeys.length ? ` Red flags accepted then: ${r.decision.acceptedKeys.join(', ')}.` : '';
  return `This decision was made on revision ${r.decision.revision ?? '?'} of ${r.decision.vendor ?? 'the vendor'}’s response; a later revision has been imported since and is what the comparison below shows. The decision has not been made again on it.${accepted}`;
}

export function signatureText(v: DecisionReportVendor): string {
  if (!v.signature) return 'Not signed';
  if (!v.signature.valid) return 'Signature does not match';
  return `Signed by ${v.signature.signer ?? 'an unnamed signer'}${v.signature.trusted ? ' (trusted)' : ' (certificate not marked trusted)'}`;
}

export const vendorRedFlagCount = (v: DecisionReportVendor) => (v.summary.redFlags ? `${plural(v.summary.redFlags, 'red flag')}` : 'None');

/** One matrix cell in words: the answer, a red flag said as such, the buyer's review, evidence. */
export function cellText(c: MatrixCell): string {
  const parts = [c.status ? ANSWER_LABELS[c.status] : c.mandatoryMissing ? 'No answer (mandatory)' : 'No answer'];
  if (c.redFlag) parts.push(`RED FLAG (${RED_FLAG_SOURCE_LABELS[c.redFlag].toLowerCase()})`);
  if (c.verdict) parts.push(`review: ${RESPONSE_VERDICT_LABELS[c.verdict]}`);
  if (c.evidenceCount) parts.push(`${c.evidenceCount} evidence`);
  return parts.join('; ');
}

export const questionLabel = (row: { key: string; question: string; mandatory: boolean; dealBreaker: boolean }) =>
  `${row.key}${row.dealBreaker ? ' (deal-breaker)' : ''}${row.mandatory ? ' (mandatory)' : ''}: ${row.question}`;

export const conditionAnswerText = (a: { key: string; question: string; redFlag: boolean }) => `${a.key}${a.redFlag ? ' (red flag)' : ''}: ${a.question}`;

export const citationsOf = (c: DecisionReport['conditions'][number]) => c.citations.map(citationText);

export function libraryText(r: DecisionReport): string {
  return `Conditions are drawn from “${r.library.title}” (${r.library.id} ${r.library.version}), contract clauses derived from Privacy International’s principles for public-private partnerships and the UN Guiding Principles on Business and Human Rights. Each condition names the clause it came from; its citations are the clause’s, and its text is as the buyer edited it for this procurement. The clauses are a starting point for the buyer’s lawyers, not legal advice.`;
}

export const DECISION_HASH_LABEL = 'SHA-256 of the decision, the request and the responses compared';
export const REQUEST_HASH_LABEL = 'SHA-256 of the request vendors answered';
