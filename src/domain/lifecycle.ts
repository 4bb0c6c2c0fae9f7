import { z } from 'zod';

/** The four lifecycle stages, in the order a product lives through them. */
export const STAGES = ['conception', 'design', 'deployment', 'operation'] as const;
export const StageIdSchema = z.enum(STAGES);
export type StageId = z.infer<typeof StageIdSchema>;

export const STAGE_LABELS: Record<StageId, string> = {
  conception: 'Conception',
  design: 'Design',
  deployment: 'Deployment',
  operation: 'Operation',
};

/** How an assessment is being used: one data model serves every journey. */
export const ASSESSMENT_MODES = ['self', 'procurement-request', 'vendor-response', 'audit'] as const;
export const AssessmentModeSchema = z.enum(ASSESSMENT_MODES);
export type AssessmentMode = z.infer<typeof AssessmentModeSchema>;

/** A report cover's "Assessment type": who answered (see `assessmentKind`). */
export const ASSESSMENT_KIND_LABELS: Record<'own-product' | 'buying' | 'independent-review' | 'self' | 'audit' | 'vendor-response', string> = {
  'own-product': 'Self-assessment by the company that builds or sells the product',
  buying: 'Buyer’s assessment, answered by the buyer',
  'independent-review': 'Independent review, answered by the reviewer',
  self: 'Self-assessment',
  audit: 'Independent audit',
  'vendor-response': 'Vendor response to a buyer’s questionnaire',
};
