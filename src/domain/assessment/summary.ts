import { z } from 'zod';
import type { Problem } from '../problems';
import { AssessmentModeSchema } from '../lifecycle';
import { TriageValueSchema } from '../checklist/rules';
import { ProgressSchema, type Assessment } from './schema';
import { isAnswered } from './progress';

/**
 * What the home list needs of one assessment, kept beside the full row so that
 * listing a thousand assessments reads a thousand small records and validates none.
 * The share answered depends on the checklist, so the summary keeps what it is
 * computed from (the profile and the answered item ids) rather than a number that
 * a checklist update would make stale.
 */
export const AssessmentSummarySchema = z.strictObject({
  id: z.string(),
  productName: z.string(),
  organisation: z.string(),
  mode: AssessmentModeSchema,
  stageReached: ProgressSchema.shape.stageReached.unwrap(),
  checklist: z.strictObject({ id: z.string(), version: z.string() }),
  triage: z.record(z.string(), TriageValueSchema),
  answeredIds: z.array(z.string()),
  revision: z.number().int(),
  /**
   * The revision this one continues (its parent's id), so the home list can group a
   * chain of revisions into one line. Absent in summaries written before revisions
   * were grouped: such a row is listed on its own.
   */
  parentId: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

export function summariseAssessment(a: Assessment): AssessmentSummary {
  return {
    id: a.id,
    productName: a.subject.productName,
    organisation: a.subject.organisation,
    mode: a.mode,
    stageReached: a.progress.stageReached,
    checklist: { id: a.checklist.id, version: a.checklist.version },
    triage: a.triage,
    answeredIds: Object.keys(a.answers).filter((id) => isAnswered(a, id)),
    revision: a.revision.number,
    parentId: a.revision.parent?.id ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/**
 * The part of a summary the home list reads for EVERY stored assessment (search,
 * sort, count, the row's text). The profile and answered ids, from which the share
 * answered is computed, are read only for the rows on screen: with a thousand
 * assessments they are nine tenths of the bytes, and reading them all made the
 * list's first draw grow with the number stored.
 */
export const AssessmentHeaderSchema = AssessmentSummarySchema.omit({ triage: true, answeredIds: true });
export type AssessmentHeader = z.infer<typeof AssessmentHeaderSchema>;

export function headerOf(summary: AssessmentSummary): AssessmentHeader {
  const { triage: _triage, answeredIds: _answered, ...header } = summary;
  return header;
}

/** A problem as an earlier version stored it in a list line, in English. */
export interface StoredEnglishProblem {
  path: string;
  message: string;
}

/** A row this version cannot read: listed, never hidden. */
const UnreadableEntrySchemas = [
  z.strictObject({ state: z.literal('newer'), id: z.string(), schemaVersion: z.number() }),
  z.strictObject({
    state: z.literal('damaged'),
    id: z.string(),
    /** Problems as codes; a line stored by an earlier version holds `{ path, message }` (English) instead. */
    problems: z.array(z.custom<Problem | StoredEnglishProblem>((v) => typeof v === 'object' && v !== null && typeof (v as { path?: unknown }).path === 'string')),
  }),
] as const;

/**
 * One line of the home list. A row this version cannot read is listed, never
 * hidden: `newer` when a later release wrote it, `damaged` when it fails validation.
 */
export const ListEntrySchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ok'), id: z.string(), summary: AssessmentSummarySchema }),
  ...UnreadableEntrySchemas,
]);
export type ListEntry = z.infer<typeof ListEntrySchema>;
export type ReadableEntry = Extract<ListEntry, { state: 'ok' }>;
export type UnreadableEntry = Exclude<ListEntry, { state: 'ok' }>;

/** The same line with only the header of a readable row: what the home list reads for every row. */
export const ListLineSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ok'), id: z.string(), summary: AssessmentHeaderSchema }),
  ...UnreadableEntrySchemas,
]);
export type ListLine = z.infer<typeof ListLineSchema>;

export function lineOf(entry: ListEntry): ListLine {
  return entry.state === 'ok' ? { state: 'ok', id: entry.id, summary: headerOf(entry.summary) } : entry;
}

/** What the share answered of one listed assessment is computed from. */
export type AnswerProgress = Pick<AssessmentSummary, 'checklist' | 'triage' | 'answeredIds'>;
