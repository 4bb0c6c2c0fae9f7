import type { ReviewFilter } from '../../domain';
import { defineMessages } from '../../i18n/format';

export { AUDIT_OPINION_MESSAGES } from '../../words/codes';

/** What the auditor's item list can be narrowed to; verdict filters say "Reviewed: {verdict}". */
export const FILTER_MESSAGES = defineMessages({
  all: { defaultMessage: 'All applicable items', description: 'Audit: item list filter' },
  unreviewed: { defaultMessage: 'Items not yet reviewed', description: 'Audit: item list filter' },
  verdict: { defaultMessage: 'Reviewed: {verdict}', description: 'Audit: item list filter showing items with one verdict, e.g. “Reviewed: Conforms”' },
});

export type FilterWords = Record<ReviewFilter, string>;
