import { z } from 'zod';
import { AssessmentModeSchema, StageIdSchema } from '../lifecycle';
import { AnswerStatusSchema, ChecklistRefSchema } from '../checklist/schema';
import { TriageValueSchema } from '../checklist/rules';
import {
  ActionSchema,
  BenefitSchema,
  FindingKeySchema,
  FindingRecordSchema,
  StakeholderEngagementSchema,
  TradeoffSchema,
} from '../findings/schema';

const IsoTime = z.iso.datetime({ offset: true, error: 'expected a date-time such as 2026-01-31T12:00:00.000Z' });
export const AssessmentIdSchema = z.uuid({ error: 'expected an assessment id (a UUID)' });

export const SubjectSchema = z.strictObject({
  productName: z.string().trim().min(1, 'give the product a name').max(200),
  version: z.string().trim().max(100).default(''),
  organisation: z.string().trim().max(200).default(''),
  description: z.string().trim().max(5000).default(''),
  /** Who carried out the assessment, as printed on the report's cover. */
  assessor: z.string().trim().max(200).default(''),
});
export type Subject = z.infer<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;

export const EvidenceRefSchema = z.strictObject({
  label: z.string().trim().min(1, 'describe the evidence').max(500),
  url: z.string().trim().max(2000).default(''),
});
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;

/** A reviewer's view of a respondent's answer: the audit and procurement journeys fill this in. */
export const ReviewVerdictSchema = z.enum([
  'conforms',
  'partially-conforms',
  'does-not-conform',
  'not-verified',
  'accepted',
  'clarification-needed',
  'insufficient',
]);
export const ItemReviewSchema = z.strictObject({
  verdict: ReviewVerdictSchema,
  comment: z.string().max(20000).default(''),
  reviewedAt: IsoTime,
  reviewedBy: z.string().max(200).default(''),
});

export const ItemAnswerSchema = z.strictObject({
  status: AnswerStatusSchema.nullable().default(null),
  notes: z.string().max(50000).default(''),
  evidence: z.array(EvidenceRefSchema).max(200).default([]),
  answeredAt: IsoTime,
  answeredBy: z.string().max(200).default(''),
  review: ItemReviewSchema.nullable().default(null),
});
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;

export const RevisionSchema = z.strictObject({
  number: z.number().int().min(1),
  /** The revision this one was derived from; null for the first. */
  parent: z.strictObject({ id: AssessmentIdSchema, number: z.number().int().min(1) }).nullable(),
  /** Set when a revision is signed; a signed revision never changes again. */
  lockedAt: IsoTime.nullable().default(null),
});

/** Where the person was in the wizard; mirrored from the machine so lists can show it. */
export const ProgressSchema = z.strictObject({
  stageReached: z.enum(['setup', 'triage', ...StageIdSchema.options, 'review']).default('setup'),
});

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const AssessmentSchema = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: AssessmentIdSchema,
  mode: AssessmentModeSchema,
  subject: SubjectSchema,
  checklist: ChecklistRefSchema,
  triage: z.record(z.string(), TriageValueSchema).default({}),
  answers: z.record(z.string().regex(/^[A-Z]{2,5}-\d{2,3}$/, 'answers are keyed by item id, such as CON-01'), ItemAnswerSchema).default({}),
  progress: ProgressSchema.default({ stageReached: 'setup' }),
  findings: z.record(FindingKeySchema, FindingRecordSchema).default({}),
  actions: z.array(ActionSchema).max(1000).default([]),
  tradeoffs: z.array(TradeoffSchema).max(500).default([]),
  stakeholders: z.array(StakeholderEngagementSchema).max(1000).default([]),
  benefits: z.array(BenefitSchema).max(500).default([]),
  revision: RevisionSchema,
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type WizardPlace = Assessment['progress']['stageReached'];
