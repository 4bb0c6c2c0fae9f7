import { z } from 'zod';
import { matching } from '../problems';
import { AssessmentModeSchema } from '../lifecycle';
import { AnswerStatusSchema, type Checklist, type ChecklistRef } from '../checklist/schema';
import { TriageValueSchema } from '../checklist/rules';
import {
  ActionSchema,
  BenefitSchema,
  FindingKeySchema,
  FindingRecordSchema,
  StakeholderEngagementSchema,
  TradeoffSchema,
} from '../findings/schema';
import {
  AssessmentSchema,
  AuditStatementSchema,
  EvidenceRefSchema,
  ItemReviewSchema,
  ProgressSchema,
  SubjectSchema,
  type Assessment,
} from './schema';
import { canonicalJson } from '../canonical';
import { ChangeRefusedError, RevisionLockedError } from './refusal';

export { ChangeRefusedError, RevisionLockedError, type RefusalCode } from './refusal';
import { applyUpgrade, ChecklistUpgradeSchema, planUpgrade, type UpgradePlan } from './upgrade';

/**
 * Every change to an assessment is one of these events. They all pass through
 * `applyChange`, and the storage layer logs each one, so an audit trail needs no
 * second path. Event names use dots, like the wizard's.
 */
export const AssessmentChangeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('subject.set'), subject: SubjectSchema, mode: AssessmentModeSchema }),
  z.strictObject({ type: z.literal('triage.set'), triage: z.record(z.string(), TriageValueSchema) }),
  z.strictObject({
    type: z.literal('answer.set'),
    itemId: matching(/^[A-Z]{2,5}-\d{2,3}$/, 'CON-01'),
    status: AnswerStatusSchema.nullable(),
    notes: z.string().max(50000),
    evidence: z.array(EvidenceRefSchema).max(200),
    /**
     * The language the checklist was shown in when this answer was given ("fr"; "en" for the
     * English source). Kept in the trail, not in the answer: the assessment's stored shape and
     * its hash stay as they were, and answers key on item ids whatever the language.
     */
    language: matching(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'fr').optional(),
  }),
  z.strictObject({ type: z.literal('review.set'), itemId: z.string(), review: ItemReviewSchema }),
  z.strictObject({ type: z.literal('progress.set'), progress: ProgressSchema }),
  z.strictObject({ type: z.literal('finding.set'), key: FindingKeySchema, finding: FindingRecordSchema }),
  z.strictObject({ type: z.literal('finding.remove'), key: FindingKeySchema }),
  z.strictObject({ type: z.literal('action.set'), action: ActionSchema }),
  z.strictObject({ type: z.literal('action.remove'), id: z.string() }),
  z.strictObject({ type: z.literal('tradeoff.set'), tradeoff: TradeoffSchema }),
  z.strictObject({ type: z.literal('tradeoff.remove'), id: z.string() }),
  z.strictObject({ type: z.literal('stakeholder.set'), stakeholder: StakeholderEngagementSchema }),
  z.strictObject({ type: z.literal('stakeholder.remove'), id: z.string() }),
  z.strictObject({ type: z.literal('benefit.set'), benefit: BenefitSchema }),
  z.strictObject({ type: z.literal('benefit.remove'), id: z.string() }),
  ChecklistUpgradeSchema,
  z.strictObject({ type: z.literal('audit.set'), audit: AuditStatementSchema }),
  /** Freezes this revision (when it is signed); any later edit starts revision n+1. */
  z.strictObject({ type: z.literal('revision.lock') }),
]);
export type AssessmentChange = z.infer<typeof AssessmentChangeSchema>;
/** What callers may pass: defaults (such as an empty assessor) are filled in by parsing. */
export type AssessmentChangeInput = z.input<typeof AssessmentChangeSchema>;

/**
 * What a change modifies ("answer.set:CON-01" and so on). Two pending changes with
 * the same target can be coalesced: the later one wins.
 */
export function changeTarget(change: AssessmentChangeInput): string {
  const [entity] = change.type.split('.');
  if ('itemId' in change) return `${change.type}:${change.itemId}`;
  if ('key' in change) return `finding:${change.key}`;
  if ('id' in change) return `${entity}:${change.id}`;
  for (const field of ['action', 'tradeoff', 'stakeholder', 'benefit'] as const) {
    if (field in change) return `${entity}:${(change as unknown as Record<typeof field, { id: string }>)[field].id}`;
  }
  return change.type;
}

export interface ChangeMeta {
  at: string;
  by: string;
}

/**
 * What an auditor may write in audit mode: their own work (verdicts, the audit
 * statement), locking the revision they sign, and where they are in the walk.
 * `subject.set` passes only when the subject stays as it is, i.e. it switches the
 * mode (leaving audit mode is itself a recorded change, in the auditor's name).
 */
const AUDITOR_CHANGES: ReadonlySet<AssessmentChange['type']> = new Set(['review.set', 'audit.set', 'revision.lock', 'progress.set']);

/** The one guard every change passes; throws ChangeRefusedError with a code. */
export function guardChange(assessment: Assessment, change: AssessmentChange): void {
  if (assessment.revision.lockedAt) throw new RevisionLockedError(assessment.revision.number, change.type);
  if (assessment.mode !== 'audit' || AUDITOR_CHANGES.has(change.type)) return;
  if (change.type === 'subject.set' && canonicalJson(change.subject) === canonicalJson(assessment.subject)) return;
  throw new ChangeRefusedError(
    'audit-respondent-work',
    change.type,
    `In audit mode the respondent's ${change.type.split('.')[0]} cannot be changed; only verdicts, the audit statement and locking are the auditor's to record.`,
  );
}

/** Pure: returns a new, validated assessment; the input is never mutated. */
export function applyChange(assessment: Assessment, change: AssessmentChangeInput, meta: ChangeMeta): Assessment {
  if (assessment.revision.lockedAt) throw new RevisionLockedError(assessment.revision.number, change.type);
  const valid = AssessmentChangeSchema.parse(change);
  guardChange(assessment, valid);
  const next = reduce(assessment, valid, meta);
  return AssessmentSchema.parse({ ...next, updatedAt: meta.at });
}

function reduce(a: Assessment, change: AssessmentChange, meta: ChangeMeta): Assessment {
  switch (change.type) {
    case 'subject.set':
      return { ...a, subject: change.subject, mode: change.mode };
    case 'triage.set':
      return { ...a, triage: change.triage };
    case 'answer.set': {
      const previous = a.answers[change.itemId];
      return {
        ...a,
        answers: {
          ...a.answers,
          [change.itemId]: {
            status: change.status,
            notes: change.notes,
            evidence: change.evidence,
            answeredAt: meta.at,
            answeredBy: meta.by,
            review: previous?.review ?? null,
          },
        },
      };
    }
    case 'review.set': {
      const previous = a.answers[change.itemId];
      const base = previous ?? { status: null, notes: '', evidence: [], answeredAt: meta.at, answeredBy: '', review: null };
      return { ...a, answers: { ...a.answers, [change.itemId]: { ...base, review: change.review } } };
    }
    case 'progress.set':
      return { ...a, progress: change.progress };
    case 'finding.set':
      return { ...a, findings: { ...a.findings, [change.key]: change.finding } };
    case 'finding.remove': {
      const { [change.key]: _removed, ...rest } = a.findings;
      // Actions keep no link to a finding that no longer exists.
      const actions = a.actions.map((x) => ({ ...x, findingKeys: x.findingKeys.filter((k) => k !== change.key) }));
      return { ...a, findings: rest, actions };
    }
    case 'action.set':
      return { ...a, actions: upsert(a.actions, change.action) };
    case 'action.remove':
      return { ...a, actions: a.actions.filter((x) => x.id !== change.id) };
    case 'tradeoff.set':
      return { ...a, tradeoffs: upsert(a.tradeoffs, change.tradeoff) };
    case 'tradeoff.remove':
      return { ...a, tradeoffs: a.tradeoffs.filter((x) => x.id !== change.id) };
    case 'stakeholder.set':
      return { ...a, stakeholders: upsert(a.stakeholders, change.stakeholder) };
    case 'stakeholder.remove':
      return { ...a, stakeholders: a.stakeholders.filter((x) => x.id !== change.id) };
    case 'benefit.set':
      return { ...a, benefits: upsert(a.benefits, change.benefit) };
    case 'benefit.remove':
      return { ...a, benefits: a.benefits.filter((x) => x.id !== change.id) };
    case 'checklist.upgrade':
      return applyUpgrade(a, change);
    case 'audit.set':
      return { ...a, audit: change.audit };
    case 'revision.lock':
      return { ...a, revision: { ...a.revision, lockedAt: meta.at } };
  }
}

/** Plans an upgrade to a newer checklist version and applies it as one change, as the app does. */
export function upgradeAssessment(
  assessment: Assessment,
  older: Checklist,
  newer: Checklist,
  newRef: ChecklistRef,
  meta: ChangeMeta,
): { plan: UpgradePlan; assessment: Assessment } {
  const plan = planUpgrade(assessment, older, newer, newRef);
  return { plan, assessment: applyChange(assessment, plan.change, meta) };
}

/** Replaces the entry with the same id in place, or appends it: list order is the person's order. */
function upsert<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  const i = list.findIndex((x) => x.id === entry.id);
  return i === -1 ? [...list, entry] : list.map((x, j) => (j === i ? entry : x));
}
