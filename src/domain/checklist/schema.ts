import { z } from 'zod';
import { StageIdSchema, STAGES } from '../lifecycle';
import { RuleSchema } from './rules';
import { CitationSchema, HrbaPrincipleSchema, PiPrincipleSchema } from './citations';

/** Answer statuses. Items are phrased so that `yes` is always the rights-respecting answer. */
export const ANSWER_STATUSES = ['yes', 'partial', 'no', 'not-applicable', 'unknown'] as const;
export const AnswerStatusSchema = z.enum(ANSWER_STATUSES);
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

export const PerspectiveSchema = z.enum(['builder', 'buyer', 'both']);
export type Perspective = z.infer<typeof PerspectiveSchema>;

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
/** Item ids are stable forever: a stored answer is keyed by them. */
export const ItemIdSchema = z.string().regex(/^[A-Z]{2,5}-\d{2,3}$/, 'an item id looks like CON-01');
const Semver = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'use a semantic version such as 1.0.0');

export const TriageOptionSchema = z.strictObject({ value: Slug, label: z.string().min(1) });

export const TriageQuestionSchema = z.strictObject({
  id: Slug,
  kind: z.enum(['single', 'multi', 'boolean', 'text']),
  question: z.string().min(1),
  help: z.string().optional(),
  options: z.array(TriageOptionSchema).default([]),
});
export type TriageQuestion = z.infer<typeof TriageQuestionSchema>;

export const StageSchema = z.strictObject({
  id: StageIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
});

export const ModuleSchema = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  description: z.string().min(1),
  activeWhen: RuleSchema,
});
export type ChecklistModule = z.infer<typeof ModuleSchema>;

export const GroupSchema = z.strictObject({ id: Slug, label: z.string().min(1) });

export const RedFlagSchema = z.strictObject({
  /** Which answers raise the flag; `yes` never does, since `yes` is the respecting answer. */
  triggers: z.array(z.enum(['no', 'partial', 'unknown'])).min(1),
  reason: z.string().min(1),
});

export const ChecklistItemSchema = z.strictObject({
  id: ItemIdSchema,
  stage: StageIdSchema,
  module: Slug.optional(),
  question: z.string().min(10),
  easyRead: z.string().min(5),
  guidance: z.strictObject({
    why: z.string().min(10),
    good: z.array(z.string().min(3)).min(1),
  }),
  evidence: z.array(z.string().min(3)).min(1),
  perspective: PerspectiveSchema,
  appliesWhen: RuleSchema.optional(),
  principles: z.strictObject({
    hrba: z.array(HrbaPrincipleSchema).min(1),
    pi: z.array(PiPrincipleSchema).default([]),
  }),
  rights: z.array(Slug).default([]),
  groups: z.array(Slug).default([]),
  redFlag: RedFlagSchema.optional(),
  citations: z.array(CitationSchema).min(1),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const PerspectiveMapSchema = z.strictObject({
  /** The triage question that says who is assessing. */
  question: Slug,
  /** For each answer to it, the item perspectives that apply. */
  map: z.record(z.string(), z.array(PerspectiveSchema).min(1)),
});

export const ChecklistSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: Slug,
  version: Semver,
  title: z.string().min(1),
  description: z.string().min(1),
  language: z.string().min(2),
  stages: z
    .array(StageSchema)
    .length(STAGES.length)
    .refine((s) => s.every((stage, i) => stage.id === STAGES[i]), {
      message: `stages must be ${STAGES.join(', ')}, in that order`,
    }),
  triage: z.array(TriageQuestionSchema).min(1),
  perspective: PerspectiveMapSchema,
  modules: z.array(ModuleSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  items: z.array(ChecklistItemSchema).min(1),
});
export type Checklist = z.infer<typeof ChecklistSchema>;
export type ChecklistInput = z.input<typeof ChecklistSchema>;

/** The on-disk form: a directory with `checklist.json` naming its item files. */
export const ChecklistManifestSchema = ChecklistSchema.omit({ items: true }).extend({
  itemFiles: z.array(z.string().regex(/^[\w./-]+\.json$/)).min(1),
});
export const ItemFileSchema = z.strictObject({ items: z.array(z.unknown()) });

export const ChecklistRefSchema = z.strictObject({
  id: Slug,
  version: Semver,
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a content hash looks like sha256:<64 hex digits>'),
});
export type ChecklistRef = z.infer<typeof ChecklistRefSchema>;

export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partly',
  no: 'No',
  'not-applicable': 'Not applicable',
  unknown: 'Don’t know',
};
