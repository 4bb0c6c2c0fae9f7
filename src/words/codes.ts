import type { AssessmentKind, AuditOpinion, HrbaPrinciple, PiPrinciple } from '../domain';
import { defineMessages, type MessageDescriptor } from '../i18n/format';

/**
 * The words for the domain's codes that the screens and the reports both say (one descriptor per
 * meaning): the kinds of assessment, audit opinions and the principles (answers and verdicts: answers.ts).
 */
/** What kind of assessment this is, with who answers it (assessmentKind). */
export const ASSESSMENT_KIND_MESSAGES: Record<AssessmentKind, MessageDescriptor> = defineMessages({
  'own-product': { defaultMessage: 'Self-assessment by the company that builds or sells the product', description: 'Kind of assessment, under its title' },
  buying: { defaultMessage: 'Buyer’s assessment, answered by the buyer', description: 'Kind of assessment, under its title' },
  'independent-review': { defaultMessage: 'Independent review, answered by the reviewer', description: 'Kind of assessment, under its title' },
  self: { defaultMessage: 'Self-assessment', description: 'Kind of assessment, under its title' },
  audit: { defaultMessage: 'Independent audit', description: 'Kind of assessment, under its title' },
  'vendor-response': { defaultMessage: 'Vendor response to a buyer’s questionnaire', description: 'Kind of assessment, under its title' },
});

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

export const HRBA_PRINCIPLE_MESSAGES: Record<HrbaPrinciple, MessageDescriptor> = defineMessages({
  accountable: { defaultMessage: 'Accountable', description: 'HRBA@Tech principle: technology that is accountable' },
  secure: { defaultMessage: 'Secure', description: 'HRBA@Tech principle: technology that is secure' },
  'non-discriminatory': { defaultMessage: 'Non-discriminatory', description: 'HRBA@Tech principle' },
  'grounded-in-ihrl': { defaultMessage: 'Grounded in international human rights law', description: 'HRBA@Tech principle' },
  representation: { defaultMessage: 'Representation of those affected', description: 'HRBA@Tech principle: the people affected take part' },
  transparency: { defaultMessage: 'Transparency', description: 'HRBA@Tech principle' },
  empowerment: { defaultMessage: 'Empowerment', description: 'HRBA@Tech principle' },
});

export const PI_PRINCIPLE_MESSAGES: Record<PiPrinciple, MessageDescriptor> = defineMessages({
  transparency: { defaultMessage: 'Transparency', description: 'Privacy International principle for public-private partnerships' },
  'adequate-procurement': { defaultMessage: 'Adequate procurement', description: 'Privacy International principle for public-private partnerships' },
  'legality-necessity-proportionality': { defaultMessage: 'Legality, necessity and proportionality', description: 'Privacy International principle for public-private partnerships' },
  accountability: { defaultMessage: 'Accountability', description: 'Privacy International principle for public-private partnerships' },
  oversight: { defaultMessage: 'Oversight', description: 'Privacy International principle for public-private partnerships' },
  redress: { defaultMessage: 'Redress', description: 'Privacy International principle for public-private partnerships' },
});
