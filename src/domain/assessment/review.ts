import type { z } from 'zod';
import type { Assessment, AuditOpinion, ReviewVerdictSchema } from './schema';

export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;

/** The verdicts an auditor chooses from, in the order of the scale. */
export const AUDIT_VERDICTS = ['conforms', 'partially-conforms', 'does-not-conform', 'not-verified'] as const satisfies readonly ReviewVerdict[];

export const VERDICT_LABELS: Record<ReviewVerdict, string> = {
  conforms: 'Conforms',
  'partially-conforms': 'Partially conforms',
  'does-not-conform': 'Does not conform',
  'not-verified': 'Not verified',
  accepted: 'Accepted',
  'clarification-needed': 'Clarification needed',
  insufficient: 'Insufficient',
};

/** What each opinion tells a reader; the audit form shows these before one is chosen. */
export const AUDIT_OPINION_TEXT: Record<AuditOpinion, { label: string; meaning: string }> = {
  unqualified: {
    label: 'Unqualified opinion',
    meaning: 'The assessment fairly presents how the product meets the checklist, in all material respects. No reservations.',
  },
  qualified: {
    label: 'Qualified opinion',
    meaning: 'The assessment is fair except for the specific matters described in the basis, which are material but not pervasive.',
  },
  adverse: {
    label: 'Adverse opinion',
    meaning: 'The assessment does not fairly present how the product meets the checklist: the problems found are material and pervasive.',
  },
  disclaimer: {
    label: 'Disclaimer of opinion',
    meaning: 'The auditor could not obtain enough evidence to form an opinion; the limitations explain why. No assurance is given.',
  },
};

/** What the auditor's item list can be narrowed to: the items still to review, or one verdict. */
export const REVIEW_FILTERS = ['all', 'unreviewed', ...AUDIT_VERDICTS] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The item ids (in the order given) that pass the filter; a review from another journey counts as reviewed. */
export function filterReviewItems(assessment: Assessment, itemIds: readonly string[], filter: ReviewFilter): string[] {
  if (filter === 'all') return [...itemIds];
  return itemIds.filter((id) => {
    const verdict = assessment.answers[id]?.review?.verdict;
    return filter === 'unreviewed' ? !verdict : verdict === filter;
  });
}

/** How many of the given items carry a verdict. */
export function countReviewed(assessment: Assessment, itemIds: readonly string[]): number {
  return itemIds.filter((id) => assessment.answers[id]?.review).length;
}
