import type { AssessmentMode } from '../lifecycle';
import type { ChecklistRef } from '../checklist/schema';
import type { z } from 'zod';
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
