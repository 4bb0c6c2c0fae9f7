import { z } from 'zod';
import { detail, refineProblem } from '../../domain/problems';
import { FindingRecordSchema, type FindingRecord } from '../../domain';

/** What the editor holds: a finding record before it is stamped with the time of saving. */
export type FindingDraft = Omit<FindingRecord, 'updatedAt'>;

/**
 * The editor validates with the domain's own record schema (so "accepted needs a
 * rationale" means the same here as in storage), stamping `updatedAt` as it
 * parses. A finding a person adds has no checklist question to stand in for a
 * title, so it must have one.
 */
export function findingFormSchema(now: () => string, custom: boolean) {
  return z
    .preprocess((draft: FindingDraft) => ({ ...draft, updatedAt: now() }), FindingRecordSchema)
    .refine((f) => !custom || f.title.trim() !== '', refineProblem(detail('missing', { what: 'finding-title' }), ['title']));
}

export function draftOf(record: FindingRecord): FindingDraft {
  const { updatedAt: _updatedAt, ...draft } = record;
  return draft;
}
