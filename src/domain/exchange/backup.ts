import { oneLine } from './jsonText';
import { z } from 'zod';
import { AssessmentSchema } from '../assessment/schema';
import { canonicalJson } from '../canonical';
import { detail, formatZodIssues, problem, problemIssue, refineProblem, type Problem, type ProblemCode, type ProblemValues } from '../problems';
import { hasProcurementData, ProcurementBackupSchema } from '../procurement/backup';

/**
 * "Back up everything": one file with every assessment, its change trail, its
 * evidence and the settings. Its own kind beside `hrba.assessment`, versioned and
 * read through one restore function like every file that comes in.
 */
export const BACKUP_KIND = 'hrba.backup';
/**
 * 2 adds `procurement` (procurements, vendors' responses, evidence files, reviews). A backup
 * with no procurement data is still written as 1, so earlier versions restore it.
 */
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_FILE_EXTENSION = '.hrba-backup.json';
/** A thousand full assessments with their trails fit well inside this. */
export const BACKUP_MAX_BYTES = 512 * 1024 * 1024;

/**
 * A trail event exactly as stored (seq, prev and hash included): fields this
 * version does not know are kept, so nothing that links the trail is lost.
 * `revision` was only in rows written before the trail had hashes.
 */
export const BackupChangeSchema = z.looseObject({
  seq: z.number().int().optional(),
  assessmentId: z.string(),
  revision: z.number().int().min(1).optional(),
  at: z.string(),
  by: z.string(),
  change: z.looseObject({ type: z.string().min(1) }),
});
export type BackupChange = z.infer<typeof BackupChangeSchema>;

export const BackupEntrySchema = z.strictObject({
  assessment: AssessmentSchema,
  changes: z.array(BackupChangeSchema),
  /**
   * Evidence files are not stored yet; the field is reserved so a later version adds them, not a new format.
   * Its problem says so: "at most 0 entries" would read as a limit.
   */
  evidence: z
    .array(z.unknown())
    .refine((entries) => entries.length === 0, refineProblem(detail('reserved-empty')))
    .default([]),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const BackupSettingsSchema = z.strictObject({
  backupReminderDays: z.number().int().min(1).max(365).optional(),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

export const BackupFileSchema = z
  .strictObject({
    kind: z.literal(BACKUP_KIND),
    formatVersion: z.union([z.literal(1), z.literal(BACKUP_FORMAT_VERSION)]),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
    settings: BackupSettingsSchema,
    assessments: z.array(BackupEntrySchema),
    /** Rows this version could not read, kept exactly as stored so a backup loses nothing. */
    unreadable: z.array(z.strictObject({ id: z.string().min(1), data: z.unknown() })).default([]),
    /** From format 2: the procurement journey's rows (see src/domain/procurement/backup.ts). */
    procurement: ProcurementBackupSchema.optional(),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.assessments.forEach((entry, i) => {
      const id = entry.assessment.id;
      if (seen.has(id)) ctx.addIssue(problemIssue(detail('duplicate-value', { value: id }), ['assessments', i, 'assessment', 'id']));
      seen.add(id);
      entry.changes.forEach((c, j) => {
        if (c.assessmentId !== id) {
          ctx.addIssue(problemIssue(detail('change-wrong-assessment', { found: c.assessmentId, expected: id }), ['assessments', i, 'changes', j, 'assessmentId']));
        }
      });
    });
  });
export type BackupFile = z.infer<typeof BackupFileSchema>;

export function makeBackup(parts: Omit<BackupFile, 'kind' | 'formatVersion'>): BackupFile {
  const { procurement, ...rest } = parts;
  if (!hasProcurementData(procurement)) return { kind: BACKUP_KIND, formatVersion: 1, ...rest };
  return { kind: BACKUP_KIND, formatVersion: BACKUP_FORMAT_VERSION, ...rest, procurement };
}

/** Canonical key order, one line: backups are large and read by programs. */
export function serializeBackup(file: BackupFile): string {
  return `${canonicalJson(file)}\n`;
}

export type BackupParse =
  | { ok: true; file: BackupFile }
  | { ok: false; problems: Problem[] };

/** Size and syntax first; then whether this is a backup, encrypted, or something else. */
export function parseJsonObject(text: string, kind: string, maxBytes: number): { ok: true; record: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  const fail = (found: Problem) => ({ ok: false as const, problems: [found] });
  if (text.length > maxBytes) return fail(problem('', 'file-too-large', { megabytes: Math.round((text.length / 1048576) * 10) / 10, max: maxBytes / 1048576 }));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(problem('', 'file-not-json', { detail: oneLine((error as Error).message) }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(problem('', 'file-not-object', { kind }));
  return { ok: true, record: data as Record<string, unknown> };
}

/** The one way in for a decrypted backup: kind, version, then every field. */
export function restoreBackup(record: Record<string, unknown>): BackupParse {
  const fail = <C extends ProblemCode>(path: string, code: C, ...values: ProblemValues[C] extends Record<string, never> ? [] : [ProblemValues[C]]): BackupParse => ({ ok: false, problems: [problem(path, code, ...values)] });
  if (record.kind === 'hrba.assessment') {
    return fail('kind', 'kind-single-assessment');
  }
  if (record.kind !== BACKUP_KIND) {
    return typeof record.kind === 'string' ? fail('kind', 'kind-unknown', { found: record.kind.slice(0, 60), expected: [BACKUP_KIND] }) : fail('kind', 'kind-missing', { expected: [BACKUP_KIND] });
  }
  if (typeof record.formatVersion !== 'number' || !Number.isInteger(record.formatVersion)) return fail('formatVersion', 'version-not-whole');
  if (record.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('formatVersion', 'version-newer', { found: record.formatVersion, max: BACKUP_FORMAT_VERSION });
  }
  const parsed = BackupFileSchema.safeParse(record);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problems: formatZodIssues(parsed.error.issues) };
}
