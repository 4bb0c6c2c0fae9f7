import { z } from 'zod';

/** The four lifecycle stages, in the order a product lives through them. */
export const STAGES = ['conception', 'design', 'deployment', 'operation'] as const;
export const StageIdSchema = z.enum(STAGES);
export type StageId = z.infer<typeof StageIdSchema>;

/** How an assessment is being used: one data model serves every journey. */
export const ASSESSMENT_MODES = ['self', 'procurement-request', 'vendor-response', 'audit'] as const;
export const AssessmentModeSchema = z.enum(ASSESSMENT_MODES);
export type AssessmentMode = z.infer<typeof AssessmentModeSchema>;

