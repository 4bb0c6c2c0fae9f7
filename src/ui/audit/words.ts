import type { AuditOpinion, ReviewFilter } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

/** The auditor's overall opinions (ISAE/ISA terms), each with what it tells a reader. */
export const AUDIT_OPINION_MESSAGES: Record<AuditOpinion, { label: MessageDescriptor; meaning: MessageDescriptor }> = {
  unqualified: defineMessages({
    label: { defaultMessage: 'Unqualified opinion', description: 'Audit opinion (auditing standards term): no reservations' },
    meaning: {
      defaultMessage: 'The assessment fairly presents how the product meets the checklist, in all material respects. No reservations.',
      description: 'Audit opinion: what an unqualified opinion means',
    },
  }),
  qualified: defineMessages({
    label: { defaultMessage: 'Qualified opinion', description: 'Audit opinion (auditing standards term): fair except for stated matters' },
    meaning: {
      defaultMessage: 'The assessment is fair except for the specific matters described in the basis, which are material but not pervasive.',
      description: 'Audit opinion: what a qualified opinion means',
    },
  }),
  adverse: defineMessages({
    label: { defaultMessage: 'Adverse opinion', description: 'Audit opinion (auditing standards term): not fair' },
    meaning: {
      defaultMessage: 'The assessment does not fairly present how the product meets the checklist: the problems found are material and pervasive.',
      description: 'Audit opinion: what an adverse opinion means',
    },
  }),
  disclaimer: defineMessages({
    label: { defaultMessage: 'Disclaimer of opinion', description: 'Audit opinion (auditing standards term): no opinion can be given' },
    meaning: {
      defaultMessage: 'The auditor could not obtain enough evidence to form an opinion; the limitations explain why. No assurance is given.',
      description: 'Audit opinion: what a disclaimer of opinion means',
    },
  }),
};

/** What the auditor's item list can be narrowed to; verdict filters say "Reviewed: {verdict}". */
export const FILTER_MESSAGES = defineMessages({
  all: { defaultMessage: 'All applicable items', description: 'Audit: item list filter' },
  unreviewed: { defaultMessage: 'Items not yet reviewed', description: 'Audit: item list filter' },
  verdict: { defaultMessage: 'Reviewed: {verdict}', description: 'Audit: item list filter showing items with one verdict, e.g. “Reviewed: Conforms”' },
});

export type FilterWords = Record<ReviewFilter, string>;
