import { z } from 'zod';
import { detail, matching, patterned, refineProblem } from '../problems';
import { bounded, LIMITS } from '../limits';
import { requiredUserText, userText } from '../text/userText';

/**
 * Findings, actions and the context of a due-diligence process (UNGP 17–21, 24).
 * All are stored inside the assessment, with defaults, so assessments and files
 * made before these existed still restore unchanged.
 */
const IsoTime = z.iso.datetime({ offset: true });
const IsoDate = z.union([z.literal(''), z.iso.date()]);
const Id = patterned(/^[A-Za-z0-9-]{1,64}$/, 'F-0001');
const Text = (max: number) => userText(max).default('');
const Tags = () => bounded(z.array(userText(60)), LIMITS.tags).default([]);
const Level = z.number().int().min(1).max(4).nullable().default(null);

/** A finding is keyed by the item it comes from (CON-04) or, for one a person added, by `F-…`. */
export const FindingKeySchema = matching(/^([A-Z]{2,5}-\d{2,3}|F-[A-Za-z0-9-]{1,60})$/, 'CON-01', 'a finding key is an item id or F-<id>');

export const INVOLVEMENTS = ['causes', 'contributes', 'directly-linked'] as const;
export const FINDING_STATUSES = ['open', 'mitigating', 'resolved', 'accepted'] as const;

export const SeveritySchema = z.strictObject({
  /** How grave the harm is to the people affected. */
  scale: Level,
  /** How many people it reaches. */
  scope: Level,
  /** How hard it is to put right. */
  irremediability: Level,
});
export type Severity = z.infer<typeof SeveritySchema>;

/** What a finding is rated on, 1–4 each: the three dimensions of severity (UNGP 14), then likelihood. */
export const RATING_DIMENSIONS = ['scale', 'scope', 'irremediability', 'likelihood'] as const;
export type RatingDimension = (typeof RATING_DIMENSIONS)[number];

export const FindingRecordSchema = z
  .strictObject({
    title: Text(300),
    description: Text(20000),
    rights: Tags(),
    groups: Tags(),
    severity: SeveritySchema.default({ scale: null, scope: null, irremediability: null }),
    likelihood: Level,
    involvement: z.enum(INVOLVEMENTS).nullable().default(null),
    leverage: Text(20000),
    status: z.enum(FINDING_STATUSES).default('open'),
    /** Why a risk is accepted: required, since accepting is a decision someone must own. */
    rationale: Text(20000),
    updatedAt: IsoTime,
  })
  .refine((f) => f.status !== 'accepted' || f.rationale.trim().length > 0, refineProblem(detail('missing', { what: 'acceptance-reason' }), ['rationale']));
export type FindingRecord = z.infer<typeof FindingRecordSchema>;
export type FindingRecordInput = z.input<typeof FindingRecordSchema>;

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const ActionSchema = z.strictObject({
  id: Id,
  findingKeys: bounded(z.array(FindingKeySchema), LIMITS.findingKeysPerAction).default([]),
  description: requiredUserText(5000, 'action-description'),
  owner: Text(200),
  dueDate: IsoDate.default(''),
  status: z.enum(ACTION_STATUSES).default('planned'),
  completionEvidence: Text(5000),
});
export type ActionItem = z.infer<typeof ActionSchema>;

export const TradeoffSchema = z.strictObject({
  id: Id,
  between: requiredUserText(500, 'tradeoff'),
  description: Text(10000),
  resolution: Text(10000),
  rationale: Text(10000),
  decidedBy: Text(200),
  decidedOn: IsoDate.default(''),
});
export type Tradeoff = z.infer<typeof TradeoffSchema>;

export const StakeholderEngagementSchema = z.strictObject({
  id: Id,
  who: requiredUserText(500, 'stakeholder'),
  when: IsoDate.default(''),
  how: Text(2000),
  whatChanged: Text(10000),
  groups: Tags(),
});
export type StakeholderEngagement = z.infer<typeof StakeholderEngagementSchema>;

export const BenefitSchema = z.strictObject({
  id: Id,
  description: requiredUserText(5000, 'benefit'),
  rights: Tags(),
  groups: Tags(),
  evidence: Text(5000),
});
export type Benefit = z.infer<typeof BenefitSchema>;

