import type { z } from 'zod';
import type { Assessment, ReviewVerdictSchema } from './schema';

export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;

/** The verdicts an auditor chooses from, in the order of the scale. */
export const AUDIT_VERDICTS = ['conforms', 'partially-conforms', 'does-not-conform', 'not-verified'] as const satisfies readonly ReviewVerdict[];

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
