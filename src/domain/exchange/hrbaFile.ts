import { z } from 'zod';
import { AssessmentSchema, type Assessment } from '../assessment/schema';
import { ChecklistRefSchema, type ChecklistRef } from '../checklist/schema';
import { canonicalJson } from '../canonical';
import { detail, formatZodIssues, problem, problemIssue, type Problem, type ProblemCode, type ProblemDetail, type ProblemValues } from '../problems';
import { decodeFileBytes } from './decode';
import { TRAIL_MAX_EVENTS, TrailEventSchema, type TrailEvent } from '../trail/event';
import { verifyTrail } from '../trail/verify';
import { PackageSignatureSchema } from './signatures';
import { readJsonObject } from './jsonText';
import { checkedList } from '../limits';

/**
 * The `.hrba.json` exchange format. One envelope serves every journey; `kind`
 * says what the package is. Version 1 defines `hrba.assessment`; the request,
 * response and audit packages of later phases add kinds, not new formats.
 * Version 2 adds `trail`, the assessment's hash-chained history.
 */
export const HRBA_FORMAT_VERSION = 2;
export const HRBA_FILE_KINDS = ['hrba.assessment'] as const;
export const HRBA_FILE_EXTENSION = '.hrba.json';
/**
 * Larger files are refused before they are read, so a stray upload cannot freeze the
 * tab: callers check the size the file system reports (`File.size`, `stat`) with
 * `hrbaFileSizeProblem` first; the restore functions check again in bytes.
 */
export const HRBA_FILE_MAX_BYTES = 25 * 1024 * 1024;

/** The size check, in bytes, before any byte is read. */
export function hrbaFileSizeProblem(bytes: number): Problem | null {
  if (bytes <= HRBA_FILE_MAX_BYTES) return null;
  return problem('', 'file-too-large', { megabytes: Math.round((bytes / 1048576) * 10) / 10, max: HRBA_FILE_MAX_BYTES / 1048576 });
}

export const HrbaFileSchema = z
  .strictObject({
    kind: z.enum(HRBA_FILE_KINDS),
    formatVersion: z.literal(HRBA_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
    checklist: ChecklistRefSchema,
    assessment: AssessmentSchema,
    /** Every change that led to this assessment, oldest first (see `verifyTrail`). */
    trail: checkedList(TrailEventSchema, TRAIL_MAX_EVENTS),
    /** Detached JWS signatures over the rest of the file (see src/crypto/jws.ts); absent when unsigned. */
    signatures: z.array(PackageSignatureSchema).min(1).optional(),
  })
  .superRefine((file, ctx) => {
    const verdict = verifyTrail(file.trail);
    if (!verdict.ok) {
      ctx.addIssue(problemIssue(detail('trail-broken', { seq: verdict.seq, problem: verdict.problem }), ['trail', verdict.index]));
    }
    const a = file.assessment.checklist;
    if (a.id !== file.checklist.id || a.version !== file.checklist.version || a.contentHash !== file.checklist.contentHash) {
      ctx.addIssue(problemIssue(detail('checklist-mismatch', { named: `${file.checklist.id} ${file.checklist.version}`, used: `${a.id} ${a.version}` }), ['checklist']));
    }
  });
export type HrbaFile = z.infer<typeof HrbaFileSchema>;

export function makeHrbaFile(assessment: Assessment, generator: HrbaFile['generator'], exportedAt: string, trail: readonly TrailEvent[] = []): HrbaFile {
  return {
    kind: 'hrba.assessment',
    formatVersion: HRBA_FORMAT_VERSION,
    exportedAt,
    generator,
    checklist: assessment.checklist,
    assessment,
    trail: [...trail],
  };
}

/** Readable and diff-friendly, with keys in canonical order so equal files are equal text. */
export function serializeHrbaFile(file: HrbaFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

/**
 * `file` is what the app works with; `original` is the object exactly as the file
 * held it, before migration and defaults, which is what a signature covers.
 * Restoring never normalises a current-version file: every file this app writes
 * is already in normal form (tested), so `file` and `original` agree for them.
 */
export type RestoreResult = { ok: true; file: HrbaFile; original: Record<string, unknown>; fromVersion: number } | { ok: false; problems: Problem[] };

const fail = <C extends ProblemCode>(path: string, code: C, ...values: ProblemValues[C] extends Record<string, never> ? [] : [ProblemValues[C]]): RestoreResult => ({ ok: false, problems: [problem(path, code, ...values)] });

/** The file as read from disk or a file picker: size in bytes, then encoding, then `restoreHrbaFile`. */
export function restoreHrbaFileBytes(bytes: Uint8Array): RestoreResult {
  const tooBig = hrbaFileSizeProblem(bytes.byteLength);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return restoreHrbaFile(decoded.text);
}

/** The one way in for a `.hrba.json` file: size, syntax, shape, kind, version, then every field. */
export function restoreHrbaFile(text: string): RestoreResult {
  const read = readJsonObject(text, 'hrba.assessment');
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const record = read.record;
  if (!('kind' in record)) {
    return fail('kind', 'kind-missing', { expected: HRBA_FILE_KINDS });
  }
  if (typeof record.kind !== 'string') {
    return fail('kind', 'kind-not-text', { found: jsonType(record.kind), expected: HRBA_FILE_KINDS });
  }
  if (!(HRBA_FILE_KINDS as readonly string[]).includes(record.kind)) {
    return fail('kind', 'kind-unknown', { found: record.kind.slice(0, 60), expected: HRBA_FILE_KINDS });
  }
  if (typeof record.formatVersion !== 'number' || !Number.isInteger(record.formatVersion)) {
    return fail('formatVersion', 'version-not-whole');
  }
  if (record.formatVersion < 1) return fail('formatVersion', 'version-below-one', { found: record.formatVersion });
  if (record.formatVersion > HRBA_FORMAT_VERSION) {
    return fail('formatVersion', 'version-newer', { found: record.formatVersion, max: HRBA_FORMAT_VERSION });
  }
  const migrated = migrateHrbaFile(record);
  const parsed = HrbaFileSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, problems: formatZodIssues(parsed.error.issues) };
  return { ok: true, file: parsed.data, original: record, fromVersion: record.formatVersion };
}

/** The JSON type of a value, as a code (null, list, number, boolean, object). */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/** One step per format version, in ascending order; `MIGRATIONS[n]` turns version n into n + 1. */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 had no trail; its history was not exported, so it starts empty and the
  // import event records that the file carried none.
  1: (file) => ({ ...file, formatVersion: 2, trail: [] }),
};

/** Brings an older file up to the current format version, one tested step at a time. */
export function migrateHrbaFile(record: Record<string, unknown>): Record<string, unknown> {
  let current = record;
  while (typeof current.formatVersion === 'number' && current.formatVersion < HRBA_FORMAT_VERSION) {
    const step = MIGRATIONS[current.formatVersion];
    if (!step) break;
    current = step(current);
  }
  return current;
}

/** Whether a file's checklist is one this installation has, and exactly the same content. */
export function checklistRefProblem(ref: ChecklistRef, available: readonly ChecklistRef[]): ProblemDetail | null {
  const sameId = available.filter((c) => c.id === ref.id);
  if (sameId.length === 0) return detail('checklist-unknown', { id: ref.id });
  const sameVersion = sameId.find((c) => c.version === ref.version);
  if (!sameVersion) return detail('checklist-version-unknown', { id: ref.id, version: ref.version, available: sameId.map((c) => c.version) });
  if (sameVersion.contentHash !== ref.contentHash) return detail('checklist-content-differs', { id: ref.id, version: ref.version, hash: `${ref.contentHash.slice(0, 19)}…` });
  return null;
}
