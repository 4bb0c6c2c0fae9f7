import {
  applyChange,
  AssessmentChangeSchema,
  AssessmentSchema,
  duplicateAssessment,
  formatZodIssues,
  type Assessment,
  type AssessmentChangeInput,
  type Problem,
} from '../domain';
import { appDb, type AppDB, type ChangeRow } from './appDb';

export type StoredAssessment = { ok: true; assessment: Assessment } | { ok: false; id: string; problems: Problem[] };

export class AssessmentNotFoundError extends Error {
  constructor(id: string) {
    super(`No assessment with id ${id} is stored on this device.`);
    this.name = 'AssessmentNotFoundError';
  }
}

/**
 * Validates (and, when the schema grows, migrates) a stored row. A row that fails
 * is reported, never thrown away: the person can still export or delete it.
 */
export function restoreAssessment(id: string, data: unknown): StoredAssessment {
  const parsed = AssessmentSchema.safeParse(data);
  return parsed.success ? { ok: true, assessment: parsed.data } : { ok: false, id, problems: formatZodIssues(parsed.error.issues) };
}

export interface AssessmentRepository {
  list(): Promise<StoredAssessment[]>;
  get(id: string): Promise<Assessment>;
  find(id: string): Promise<StoredAssessment | undefined>;
  exists(id: string): Promise<boolean>;
  create(assessment: Assessment, by?: string): Promise<Assessment>;
  /** The single write path for edits: validate, apply, store and log in one transaction. */
  commit(id: string, change: AssessmentChangeInput, by?: string): Promise<Assessment>;
  duplicate(id: string, newId: string): Promise<Assessment>;
  /** Stores an imported assessment; refuses to overwrite unless `replace` is set. */
  importAssessment(assessment: Assessment, options?: { replace?: boolean }): Promise<Assessment>;
  remove(id: string): Promise<void>;
  changes(id: string): Promise<ChangeRow[]>;
}

export class AssessmentExistsError extends Error {
  constructor(public readonly id: string) {
    super(`An assessment with id ${id} already exists on this device.`);
    this.name = 'AssessmentExistsError';
  }
}

export function assessmentRepository(db: AppDB = appDb(), now: () => Date = () => new Date()): AssessmentRepository {
  const stamp = () => now().toISOString();

  const list: AssessmentRepository['list'] = async () => {
    // Read every row, not via the updatedAt index: a damaged row without that key
    // would be missing from the index, and must be reported, not hidden.
    const rows = await db.assessments.toArray();
    const key = (r: { updatedAt?: unknown }) => (typeof r.updatedAt === 'string' ? r.updatedAt : '');
    rows.sort((a, b) => key(b).localeCompare(key(a)));
    return rows.map((r) => restoreAssessment(r.id, r.data));
  };

  const find: AssessmentRepository['find'] = async (id) => {
    const row = await db.assessments.get(id);
    return row ? restoreAssessment(row.id, row.data) : undefined;
  };

  const get: AssessmentRepository['get'] = async (id) => {
    const stored = await find(id);
    if (!stored) throw new AssessmentNotFoundError(id);
    if (!stored.ok) throw new Error(`Assessment ${id} is damaged: ${stored.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return stored.assessment;
  };

  const put = (a: Assessment) => db.assessments.put({ id: a.id, updatedAt: a.updatedAt, data: a });
  const log = (a: Assessment, change: ChangeRow['change'], by: string, at: string) =>
    db.changes.add({ assessmentId: a.id, revision: a.revision.number, at, by, change });

  const create: AssessmentRepository['create'] = (assessment, by = '') =>
    db.transaction('rw', db.assessments, db.changes, async () => {
      const valid = AssessmentSchema.parse(assessment);
      if (await db.assessments.get(valid.id)) throw new AssessmentExistsError(valid.id);
      await put(valid);
      await log(valid, { type: 'assessment.created' }, by, stamp());
      return valid;
    });

  const commit: AssessmentRepository['commit'] = (id, change, by = '') =>
    db.transaction('rw', db.assessments, db.changes, async () => {
      const row = await db.assessments.get(id);
      if (!row) throw new AssessmentNotFoundError(id);
      const current = restoreAssessment(id, row.data);
      if (!current.ok) throw new Error(`Assessment ${id} is damaged and cannot be edited; export or delete it.`);
      const at = stamp();
      const valid = AssessmentChangeSchema.parse(change);
      const next = applyChange(current.assessment, valid, { at, by });
      await put(next);
      await log(next, valid, by, at);
      return next;
    });

  const duplicate: AssessmentRepository['duplicate'] = async (id, newId) => {
    const source = await get(id);
    return create(duplicateAssessment(source, newId, stamp()));
  };

  const importAssessment: AssessmentRepository['importAssessment'] = (assessment, options = {}) =>
    db.transaction('rw', db.assessments, db.changes, db.wizardStates, async () => {
      const valid = AssessmentSchema.parse(assessment);
      const existing = await db.assessments.get(valid.id);
      if (existing && !options.replace) throw new AssessmentExistsError(valid.id);
      if (existing) await db.wizardStates.delete(valid.id);
      await put(valid);
      await log(valid, { type: 'assessment.imported' }, '', stamp());
      return valid;
    });

  const remove: AssessmentRepository['remove'] = (id) =>
    db.transaction('rw', db.assessments, db.changes, db.wizardStates, async () => {
      await db.assessments.delete(id);
      await db.wizardStates.delete(id);
      await db.changes.where('assessmentId').equals(id).delete();
    });

  const changes: AssessmentRepository['changes'] = (id) =>
    db.changes.where('[assessmentId+seq]').between([id, 0], [id, Infinity]).toArray();

  const exists: AssessmentRepository['exists'] = async (id) => (await db.assessments.get(id)) !== undefined;

  return { list, get, find, exists, create, commit, duplicate, importAssessment, remove, changes };
}
