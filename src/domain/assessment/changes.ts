import { z } from 'zod';
import { AssessmentModeSchema } from '../lifecycle';
import { AnswerStatusSchema } from '../checklist/schema';
import { TriageValueSchema } from '../checklist/rules';
import {
  AssessmentSchema,
  EvidenceRefSchema,
  ItemReviewSchema,
  ProgressSchema,
  SubjectSchema,
  type Assessment,
} from './schema';

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
    itemId: z.string().regex(/^[A-Z]{2,5}-\d{2,3}$/),
    status: AnswerStatusSchema.nullable(),
    notes: z.string().max(50000),
    evidence: z.array(EvidenceRefSchema).max(200),
  }),
  z.strictObject({ type: z.literal('review.set'), itemId: z.string(), review: ItemReviewSchema }),
  z.strictObject({ type: z.literal('progress.set'), progress: ProgressSchema }),
]);
export type AssessmentChange = z.infer<typeof AssessmentChangeSchema>;

export interface ChangeMeta {
  at: string;
  by: string;
}

export class RevisionLockedError extends Error {
  constructor(revision: number) {
    super(`Revision ${revision} is signed and cannot change; start a new revision to edit it.`);
    this.name = 'RevisionLockedError';
  }
}

/** Pure: returns a new, validated assessment; the input is never mutated. */
export function applyChange(assessment: Assessment, change: AssessmentChange, meta: ChangeMeta): Assessment {
  if (assessment.revision.lockedAt) throw new RevisionLockedError(assessment.revision.number);
  const next = reduce(assessment, change, meta);
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
  }
}
