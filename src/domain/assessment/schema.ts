import { z } from 'zod';
import { detail, patterned, refineProblem } from '../problems';
import { AssessmentModeSchema, StageIdSchema } from '../lifecycle';
import { AnswerStatusSchema, ChecklistRefSchema } from '../checklist/schema';
import { TriageValueSchema } from '../checklist/rules';
import { bounded, LIMITS, uniqueIds } from '../limits';
import { requiredUserText, trimmedUserText, userText } from '../text/userText';
import { isWebAddress } from '../text/repair';
import {
  ActionSchema,
  BenefitSchema,
  FindingKeySchema,
  FindingRecordSchema,
  StakeholderEngagementSchema,
  TradeoffSchema,
} from '../findings/schema';
import { HashSchema } from '../trail/event';

const IsoTime = z.iso.datetime({ offset: true });
export const AssessmentIdSchema = z.uuid();

export const SubjectSchema = z.strictObject({
  productName: requiredUserText(200, 'product-name'),
  version: trimmedUserText(100).default(''),
  organisation: trimmedUserText(200).default(''),
  description: trimmedUserText(5000).default(''),
  /** Who carried out the assessment, as printed on the report's cover. */
  assessor: trimmedUserText(200).default(''),
});
export type Subject = z.infer<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;

/**
 * Evidence links open in a new tab from the app and the HTML report, so only web
 * addresses are accepted: a `javascript:`, `data:` or `file:` link would run or
 * reveal something the reader did not choose.
 */
export const EvidenceUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => url === '' || isWebAddress(url), refineProblem(detail('link-not-web')));

export const EvidenceRefSchema = z.strictObject({
  label: requiredUserText(500, 'evidence-label'),
  url: EvidenceUrlSchema.default(''),
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
  comment: userText(20000).default(''),
  reviewedAt: IsoTime,
  reviewedBy: userText(200).default(''),
});

export const ItemAnswerSchema = z.strictObject({
  status: AnswerStatusSchema.nullable().default(null),
  notes: userText(50000).default(''),
  evidence: bounded(z.array(EvidenceRefSchema), LIMITS.evidencePerAnswer).default([]),
  answeredAt: IsoTime,
  answeredBy: userText(200).default(''),
  review: ItemReviewSchema.nullable().default(null),
});
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;

export const RevisionSchema = z.strictObject({
  number: z.number().int().min(1),
  /** The revision this one was derived from; null for the first. */
  parent: z
    .strictObject({
      id: AssessmentIdSchema,
      number: z.number().int().min(1),
      /** SHA-256 of the parent's canonical JSON as it was locked; absent only in rows made before revisions locked. */
      hash: HashSchema.optional(),
    })
    .nullable(),
  /** Set when a revision is signed; a signed revision never changes again. */
  lockedAt: IsoTime.nullable().default(null),
});

/** What an auditor's overall opinion can be (ISAE 3000 / ISA 700 vocabulary). */
export const AUDIT_OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export const AuditOpinionSchema = z.enum(AUDIT_OPINIONS);
export type AuditOpinion = z.infer<typeof AuditOpinionSchema>;

/** The auditor's statement about the whole assessment; per-item verdicts live in each answer's `review`. */
export const AuditStatementSchema = z.strictObject({
  scope: z.string().max(20000).default(''),
  method: z.string().max(20000).default(''),
  limitations: z.string().max(20000).default(''),
  opinion: AuditOpinionSchema.nullable().default(null),
  /** Why this opinion: required in words for anything but unqualified, by the form. */
  basis: z.string().max(20000).default(''),
  auditor: z.string().trim().max(200).default(''),
});
export type AuditStatement = z.infer<typeof AuditStatementSchema>;

/** Where the person was in the wizard; mirrored from the machine so lists can show it. */
export const ProgressSchema = z.strictObject({
  stageReached: z.enum(['setup', 'triage', ...StageIdSchema.options, 'review']).default('setup'),
});

export const ASSESSMENT_SCHEMA_VERSION = 1;

/** Lists whose entries are referred to by id: a second entry with the same id would be overwritten on the first edit. */
const idList = <T extends z.ZodType<{ id: string }>>(entry: T, max: number) =>
  bounded(
    z.array(entry).superRefine((list, ctx) => uniqueIds(list, ctx)),
    max,
  );

export const AssessmentSchema = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: AssessmentIdSchema,
  mode: AssessmentModeSchema,
  subject: SubjectSchema,
  checklist: ChecklistRefSchema,
  triage: bounded(z.record(z.string().max(100), TriageValueSchema), LIMITS.triageKeys).default({}),
  answers: bounded(
    z.record(patterned(/^[A-Z]{2,5}-\d{2,3}$/, 'CON-01'), ItemAnswerSchema),
    LIMITS.answers,
  ).default({}),
  progress: ProgressSchema.default({ stageReached: 'setup' }),
  findings: bounded(z.record(FindingKeySchema, FindingRecordSchema), LIMITS.findings).default({}),
  actions: idList(ActionSchema, LIMITS.actions).default([]),
  tradeoffs: idList(TradeoffSchema, LIMITS.tradeoffs).default([]),
  stakeholders: idList(StakeholderEngagementSchema, LIMITS.stakeholders).default([]),
  benefits: idList(BenefitSchema, LIMITS.benefits).default([]),
  revision: RevisionSchema,
  /**
   * Present once an auditor records a statement. Optional rather than defaulted, so
   * restoring a file without it leaves the bytes a signature covers unchanged.
   */
  audit: AuditStatementSchema.optional(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type WizardPlace = Assessment['progress']['stageReached'];
