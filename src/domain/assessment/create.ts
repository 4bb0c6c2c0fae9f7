import type { AssessmentMode } from '../lifecycle';
import type { ChecklistRef } from '../checklist/schema';
import type { z } from 'zod';
import { canonicalJson } from '../canonical';
import { sha256HashSync } from '../trail/event';
import { AssessmentSchema, ASSESSMENT_SCHEMA_VERSION, type Assessment, type SubjectSchema } from './schema';

export function newAssessment(args: {
  id: string;
  at: string;
  mode: AssessmentMode;
  subject: z.input<typeof SubjectSchema>;
  checklist: ChecklistRef;
}): Assessment {
  return AssessmentSchema.parse({
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: args.id,
    mode: args.mode,
    subject: args.subject,
    checklist: args.checklist,
    triage: {},
    answers: {},
    progress: { stageReached: 'setup' },
    revision: { number: 1, parent: null, lockedAt: null },
    createdAt: args.at,
    updatedAt: args.at,
  });
}

/** A copy that shares nothing mutable and is a fresh first revision with a new id. */
export function duplicateAssessment(source: Assessment, id: string, at: string, productNameSuffix = ' (copy)'): Assessment {
  return AssessmentSchema.parse({
    ...structuredClone(source),
    id,
    subject: { ...source.subject, productName: `${source.subject.productName}${productNameSuffix}`.slice(0, 200) },
    revision: { number: 1, parent: null, lockedAt: null },
    createdAt: at,
    updatedAt: at,
  });
}

/** Names an assessment as it is now: id, revision number and the hash of its canonical JSON. */
export function originOf(assessment: Assessment): { id: string; number: number; hash: string } {
  return { id: assessment.id, number: assessment.revision.number, hash: sha256HashSync(canonicalJson(assessment)) };
}

/**
 * Revision n+1 of a locked revision: the same content under a new id, unlocked,
 * naming its parent by id, number and hash so the parent can be found and checked.
 */
export function startRevision(locked: Assessment, id: string, at: string): Assessment {
  if (!locked.revision.lockedAt) throw new Error(`Revision ${locked.revision.number} is not locked; edit it directly.`);
  return AssessmentSchema.parse({
    ...structuredClone(locked),
    id,
    revision: { number: locked.revision.number + 1, parent: originOf(locked), lockedAt: null },
    createdAt: at,
    updatedAt: at,
  });
}
