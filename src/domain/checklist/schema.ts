import { z } from 'zod';
import { matching, detail } from '../problems';
import { StageIdSchema, STAGES } from '../lifecycle';
import { RuleSchema } from './rules';
import { CitationSchema, HrbaPrincipleSchema, PiPrincipleSchema } from './citations';

/** Answer statuses. Items are phrased so that `yes` is always the rights-respecting answer. */
export const ANSWER_STATUSES = ['yes', 'partial', 'no', 'not-applicable', 'unknown'] as const;
export const AnswerStatusSchema = z.enum(ANSWER_STATUSES);
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

export const PerspectiveSchema = z.enum(['builder', 'buyer', 'both']);
export type Perspective = z.infer<typeof PerspectiveSchema>;

const Slug = matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'hrba-tech', 'use lower-case words joined by hyphens');
/** Item ids are stable forever: a stored answer is keyed by them. */
export const ItemIdSchema = matching(/^[A-Z]{2,5}-\d{2,3}$/, 'CON-01', 'an item id looks like CON-01');
const Semver = matching(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, '1.0.0', 'use a semantic version such as 1.0.0');

/**
 * `help`: what the option covers, with examples, shown under it (people read "public service" or
 * "automated decision-making" differently). Required on every option from policy 3 (`policyProblems`).
 */
export const TriageOptionSchema = z.strictObject({ value: Slug, label: z.string().min(1), help: z.string().min(10).optional() });

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
  /**
   * Which answers raise the flag; `yes` never does, since `yes` is the respecting answer.
   * Content written under policy 2 leaves this out: the red-flag policy (`redFlagTriggers`)
   * then decides, from the item's `redFlagOnPartly`. Version 1.0.0 lists them and keeps them.
   */
  triggers: z.array(z.enum(['no', 'partial', 'unknown'])).min(1).optional(),
  reason: z.string().min(1),
});

export const ChecklistItemSchema = z.strictObject({
  id: ItemIdSchema,
  stage: StageIdSchema,
  module: Slug.optional(),
  question: z.string().min(10),
  /** The question as a buyer (procurer) reads it, when the builder's wording does not fit. */
  questionBuyer: z.string().min(10).optional(),
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
  /** Under the red-flag policy, "Partly" also raises this item's flag. */
  redFlagOnPartly: z.boolean().optional(),
  /**
   * Says which measures the item asks for are good practice not found in the cited sources,
   * so no citation is stretched to cover them.
   */
  goodPractice: z.string().min(10).optional(),
  /** The item worded as a gap ("No legal basis for …"), for finding titles; required on every item from policy 3. */
  gapTitle: z.string().min(5).optional(),
  citations: z.array(CitationSchema).min(1),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const PerspectiveMapSchema = z.strictObject({
  /** The triage question that says who is assessing. */
  question: Slug,
  /** For each answer to it, the item perspectives that apply. */
  map: z.record(z.string(), z.array(PerspectiveSchema).min(1)),
});

/**
 * How an item changed relative to the previous version. Items whose text changed but are
 * not listed are "reworded, meaning unchanged" (answers carry over); ids not in the previous
 * version are new. `merged` and `retired` ids are gone from this version and never reused.
 */
export const ItemChangeSchema = z.strictObject({
  change: z.enum(['meaning-changed', 'merged', 'retired']),
  /** For `merged`: the item that now carries the requirement. */
  into: ItemIdSchema.optional(),
  note: z.string().min(3).optional(),
});
export type ItemChange = z.infer<typeof ItemChangeSchema>;

export const UpgradeFromSchema = z.strictObject({
  /** The version this one is described against: the previous bundled version. */
  version: Semver,
  items: z.record(ItemIdSchema, ItemChangeSchema),
});
export type UpgradeFrom = z.infer<typeof UpgradeFromSchema>;

export const ChecklistSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: Slug,
  version: Semver,
  /**
   * The content policy the version is written to. Absent means 1 (version 1.0.0).
   * Policy 2 adds the content rules in `tests/unit/content/policy.test.ts` (red-flag policy,
   * easy-read limits, voices, no dead profile option); policy 3 (version 1.2.0) also requires
   * help on every profile choice and a gap-worded title on every item (`policyProblems`, checked
   * wherever a checklist is loaded); see checklists/README.md.
   */
  policy: z.number().int().min(1).max(3).optional(),
  upgradeFrom: UpgradeFromSchema.optional(),
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
  itemFiles: z.array(matching(/^[\w./-]+\.json$/, 'items/conception.json')).min(1),
});
export const ItemFileSchema = z.strictObject({ items: z.array(z.unknown()) });

export const ChecklistRefSchema = z.strictObject({
  id: Slug,
  version: Semver,
  contentHash: matching(/^sha256:[0-9a-f]{64}$/, detail('hex-digits', { digits: 64, prefix: 'sha256' }), 'a content hash looks like sha256:<64 hex digits>'),
});
export type ChecklistRef = z.infer<typeof ChecklistRefSchema>;

