import {
  applyChange,
  AssessmentChangeSchema,
  AssessmentSchema,
  duplicateAssessment,
  originOf,
  startRevision,
  summariseAssessment,
  type AssessmentChange,
  type LifecycleChange,
  type TrailEvent,
  type Assessment,
  type AssessmentChangeInput,
  type ListEntry,
  type ListLine,
  type Problem,
  type AnswerProgress,
} from '../domain';
import { appDb, type AppDB } from './appDb';
import { englishProblemText } from '../words/problems';
import { appendEvent, copyEvents, deleteTrail, readTrail, sealHead } from './trail';
import { listLineRow, restoreAssessment, type StoredAssessment } from './rows';
import { markJournalCommitted } from './journal';
import { localCopies, type LocalCopies } from './localCopies';
import { listReads, noteImportedIn, noteStoredIds } from './listReads';

export { restoreAssessment, type StoredAssessment };

/** A stored row that fails its checks: the problems say where and what, as codes (the screens word them). */
export class AssessmentDamagedError extends Error {
  constructor(
    readonly id: string,
    readonly problems: readonly Problem[],
  ) {
    // In English for logs and the technical details; the screens show `problems` in the chosen language.
    super(`Assessment ${id} is damaged: ${problems.map((p) => englishProblemText(p)).join('; ')}`);
    this.name = 'AssessmentDamagedError';
  }
}

export class AssessmentNotFoundError extends Error {
  constructor(id: string) {
    super(`No assessment with id ${id} is stored on this device.`);
    this.name = 'AssessmentNotFoundError';
  }
}

/**
 * The tables every write of an assessment row touches: the row, its summary and its
 * light list line. A transaction that writes `assessments` opens all of them.
 */
export const rowTables = (db: AppDB) => [db.assessments, db.summaries, db.listLines];

/** Stores a row's home-list summary and light line together. */
export async function putEntry(db: AppDB, entry: ListEntry): Promise<void> {
  await db.summaries.put({ id: entry.id, entry });
  await db.listLines.put(listLineRow(entry));
}

/**
 * Stores a valid assessment and its home-list summary. Every write goes through
 * here, inside a transaction over `rowTables`, so the list never disagrees with
 * the rows.
 */
export async function putAssessment(db: AppDB, a: Assessment): Promise<void> {
  await db.assessments.put({ id: a.id, updatedAt: a.updatedAt, data: a });
  await putEntry(db, { state: 'ok', id: a.id, summary: summariseAssessment(a) });
}

export interface AssessmentRepository {
  /** Reads and validates every full row: for backups and tests, not for the home list. */
  list(): Promise<StoredAssessment[]>;
  /** Every summary, unreadable rows included (backups and tests; the home list reads `lines`). */
  entries(): Promise<ListEntry[]>;
  /** The home list: one light line per stored row, unreadable rows included. */
  lines(): Promise<ListLine[]>;
  /**
   * What the home list draws first, whatever the number stored: the `limit` most
   * recently edited readable lines (newest first, ties by id, as `queryList` sorts),
   * and how many rows there are, readable and in all.
   */
  listHead(limit: number): Promise<ListHead>;
  /** The ids of every stored row, read from the keys alone. */
  ids(): Promise<string[]>;
  /** What the share answered is computed from, for the few rows on screen. */
  progressOf(ids: readonly string[]): Promise<Map<string, AnswerProgress>>;
  /** A row exactly as stored, valid or not, so even an unreadable one can be exported. */
  raw(id: string): Promise<unknown>;
  get(id: string): Promise<Assessment>;
  find(id: string): Promise<StoredAssessment | undefined>;
  exists(id: string): Promise<boolean>;
  create(assessment: Assessment, by?: string): Promise<Assessment>;
  /** The single write path for edits: validate, apply, store and log in one transaction. */
  commit(id: string, change: AssessmentChangeInput, by?: string): Promise<Assessment>;
  /** A copy with a new id and a chain of its own that starts by naming its source. */
  duplicate(id: string, newId: string): Promise<Assessment>;
  /**
   * Stores an imported assessment with the trail its file carried, then appends an
   * `assessment.imported` event naming that trail's head; refuses to overwrite
   * unless `replace` is set. History is only appended to (see the implementation).
   */
  importAssessment(assessment: Assessment, options?: { replace?: boolean; trail?: readonly TrailEvent[]; formatVersion?: number }): Promise<Assessment>;
  /**
   * Records, outside IndexedDB, an import that another context (the import worker)
   * stored, as `importAssessment` does for its own: the store marker gains the id, and
   * a replaced assessment's unsaved local copies are dropped. Safe to call twice.
   */
  noteImported(id: string, replaced: boolean): void;
  /** Revision n+1 of a locked revision, under `newId`: it continues the parent's trail. */
  startRevision(id: string, newId: string, by?: string): Promise<Assessment>;
  remove(id: string): Promise<void>;
  trail(id: string): Promise<TrailEvent[]>;
  /** The trail for a file that leaves this device: its head is sealed against compaction. */
  exportTrail(id: string): Promise<TrailEvent[]>;
}

export type { ListHead } from './listReads';
import type { ListHead } from './listReads';

export class AssessmentExistsError extends Error {
  constructor(public readonly id: string) {
    super(`An assessment with id ${id} already exists on this device.`);
    this.name = 'AssessmentExistsError';
  }
}

export function assessmentRepository(
  db: AppDB = appDb(),
  now: () => Date = () => new Date(),
  local: LocalCopies = localCopies(),
): AssessmentRepository {
  const stamp = () => now().toISOString();
  const noteIds = (add: string[], drop: string[]) => noteStoredIds(local, add, drop);

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
    if (!stored.ok) throw new AssessmentDamagedError(id, stored.problems);
    return stored.assessment;
  };

  const { entries, lines, listHead, ids, progressOf, raw } = listReads(db);

  const put = (a: Assessment) => putAssessment(db, a);
  const log = (a: Assessment, change: AssessmentChange | LifecycleChange, by: string, at: string) => appendEvent(db, a.id, { at, by, change });

  // `checked`: made by domain code from a row validated on reading (a duplicate), so
  // not parsed a second time; a hundred answers take tens of milliseconds to parse.
  const createWith = async (assessment: Assessment, by: string, created: { type: 'assessment.created'; from?: ReturnType<typeof originOf> }, checked = false) => {
    const stored = await db.transaction('rw', [...rowTables(db), db.trail], async () => {
      const valid = checked ? assessment : AssessmentSchema.parse(assessment);
      if (await db.assessments.get(valid.id)) throw new AssessmentExistsError(valid.id);
      await put(valid);
      await log(valid, created, by, stamp());
      return valid;
    });
    noteIds([stored.id], []);
    return stored;
  };
  const create: AssessmentRepository['create'] = (assessment, by = '') => createWith(assessment, by, { type: 'assessment.created' });

  const commit: AssessmentRepository['commit'] = (id, change, by = '') =>
    db.transaction('rw', [...rowTables(db), db.trail, db.journal], async () => {
      const row = await db.assessments.get(id);
      if (!row) throw new AssessmentNotFoundError(id);
      const current = restoreAssessment(id, row.data);
      if (!current.ok) throw new Error(`Assessment ${id} is damaged and cannot be edited; export or delete it.`);
      const at = stamp();
      const valid = AssessmentChangeSchema.parse(change);
      const next = applyChange(current.assessment, valid, { at, by });
      await put(next);
      await log(next, valid, by, at);
      await markJournalCommitted(db, id, change);
      return next;
    });

  const duplicate: AssessmentRepository['duplicate'] = async (id, newId) => {
    const source = await get(id);
    return createWith(duplicateAssessment(source, newId, stamp()), '', { type: 'assessment.created', from: originOf(source) }, true);
  };

  const noteImported: AssessmentRepository['noteImported'] = (id, replaced) => noteImportedIn(local, id, replaced);

  const importAssessment: AssessmentRepository['importAssessment'] = async (assessment, options = {}) => {
    const imported = await db.transaction('rw', [...rowTables(db), db.trail, db.wizardStates, db.journal], async () => {
      const valid = AssessmentSchema.parse(assessment);
      const existing = await db.assessments.get(valid.id);
      if (existing && !options.replace) throw new AssessmentExistsError(valid.id);
      if (existing) {
        await db.wizardStates.delete(valid.id);
        // Unsaved edits of the replaced version must not be replayed over the imported one.
        await db.journal.where('assessmentId').equals(valid.id).delete();
      }
      await put(valid);
      const fileTrail = options.trail ?? [];
      const local = existing ? await readTrail(db, valid.id) : [];
      // History is only ever appended to. A file that continues the stored trail adds
      // its new events; one that does not is named by its head hash in the import event.
      if (local.every((e, i) => fileTrail[i]?.hash === e.hash)) await copyEvents(db, valid.id, fileTrail.slice(local.length));
      const fileHead = fileTrail.at(-1)?.hash ?? null;
      await log(valid, { type: 'assessment.imported', fileHead, formatVersion: options.formatVersion ?? 1 }, '', stamp());
      return valid;
    });
    noteImported(imported.id, options.replace === true);
    return imported;
  };

  const startNextRevision: AssessmentRepository['startRevision'] = (id, newId, by = '') =>
    db.transaction('rw', [...rowTables(db), db.trail], async () => {
      const locked = await get(id);
      if (await db.assessments.get(newId)) throw new AssessmentExistsError(newId);
      const next = startRevision(locked, newId, stamp());
      await put(next);
      await copyEvents(db, newId, await readTrail(db, id));
      await log(next, { type: 'revision.started', parent: originOf(locked) }, by, next.createdAt);
      return next;
    });

  const remove: AssessmentRepository['remove'] = async (id) => {
    await db.transaction('rw', [...rowTables(db), db.trail, db.wizardStates, db.journal], async () => {
      await db.assessments.delete(id);
      await db.summaries.delete(id);
      await db.listLines.delete(id);
      await db.wizardStates.delete(id);
      await deleteTrail(db, id);
      await db.journal.where('assessmentId').equals(id).delete();
    });
    local.forget(id);
    noteIds([], [id]);
  };

  const trail: AssessmentRepository['trail'] = (id) => readTrail(db, id);
  const exportTrail: AssessmentRepository['exportTrail'] = (id) =>
    db.transaction('rw', db.trail, async () => {
      await sealHead(db, id);
      return readTrail(db, id);
    });

  const exists: AssessmentRepository['exists'] = async (id) => (await db.assessments.get(id)) !== undefined;

  return { list, entries, lines, listHead, ids, progressOf, raw, get, find, exists, create, commit, duplicate, importAssessment, noteImported, startRevision: startNextRevision, remove, trail, exportTrail };
}
