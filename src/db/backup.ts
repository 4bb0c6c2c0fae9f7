import {
  restoredCopy,
  type Assessment,
  type BackupEntry,
  type BackupFile,
  type RestoreChoice,
  type StoredForPlan,
} from '../domain';
import { BACKUP_FORMAT_VERSION, type LifecycleChange } from '../domain';
import { appDb, type AppDB, type TrailRow } from './appDb';
import { appendEvent, deleteTrail, restoreTrailRows, sealHead } from './trail';
import { storageFailure } from './storageErrors';
import { putAssessment, putEntry, rowTables } from './assessments';
import { listEntryFor, restoreAssessment } from './rows';
import { prepareProcurementRestore, procurementBackupOf, procurementTables, readProcurementRows, restoreProcurementRows, type ProcurementRestoreCount } from './procurementBackup';

export type BackupContents = Pick<BackupFile, 'assessments' | 'unreadable' | 'procurement'>;

export interface RestoreStep {
  entry: BackupEntry;
  choice: RestoreChoice;
  /** The id a copy is stored under; required for `copy`. */
  newId?: string;
}

export interface BackupRepository {
  /** Every row and its trail (heads sealed), read in one transaction so the backup is one consistent moment. */
  contents(): Promise<BackupContents>;
  /** What is stored under each id, for the restore preview. */
  storedFor(ids: readonly string[]): Promise<Map<string, StoredForPlan>>;
  /**
   * Applies the chosen steps in one transaction: all of them, or none. The backup's
   * procurement rows, when given, are added in the same transaction (rows already here are
   * kept); their evidence files are checked against their hashes first.
   */
  restore(steps: readonly RestoreStep[], unreadable: BackupFile['unreadable'], procurement?: BackupFile['procurement']): Promise<ProcurementRestoreCount>;
}

export function backupRepository(db: AppDB = appDb(), now: () => Date = () => new Date()): BackupRepository {
  return {
    contents: async () => {
      // A backup is a file that leaves this device, like an export: each trail's head is
      // sealed so later edits append after it and the backed-up trail stays verifiable.
      // Sealing is a write; when storage is failing, the backup is still made, unsealed.
      try {
        return await readContents(db, true);
      } catch (error) {
        if (!storageFailure(error)) throw error;
        return readContents(db, false);
      }
    },

    async storedFor(ids) {
      const rows = await db.assessments.bulkGet([...ids]);
      const out = new Map<string, StoredForPlan>();
      rows.forEach((row) => {
        if (!row) return;
        const stored = restoreAssessment(row.id, row.data);
        out.set(row.id, stored.ok ? { ok: true, assessment: stored.assessment } : { ok: false });
      });
      return out;
    },

    restore: async (steps, unreadable, procurement) => {
      // Checked before the transaction opens: a damaged file refuses the whole restore, as a rejected promise.
      const prepared = procurement ? prepareProcurementRestore(procurement) : null;
      return db.transaction('rw', [...rowTables(db), db.trail, db.wizardStates, db.journal, ...procurementTables(db)], async () => {
        for (const step of steps) {
          const a = step.entry.assessment;
          if (step.choice === 'skip') continue;
          if (step.choice === 'copy') {
            if (!step.newId) throw new Error('a restored copy needs a new id');
            const copy: Assessment = restoredCopy(a, step.newId);
            await putAssessment(db, copy);
            // The copy is a new assessment: its trail starts here, naming the head of the original's trail.
            const fileHead = (step.entry.changes.at(-1)?.hash as string | undefined) ?? null;
            // Format 2 is written only with procurement data, so a file without it was format 1.
            const imported: LifecycleChange = { type: 'assessment.imported', fileHead, formatVersion: procurement ? BACKUP_FORMAT_VERSION : 1 };
            await appendEvent(db, copy.id, { at: now().toISOString(), by: '', change: imported });
            continue;
          }
          const existing = await db.assessments.get(a.id);
          if (existing && step.choice !== 'replace') throw new Error(`${a.subject.productName} (${a.id}) is already stored; nothing was restored`);
          if (existing) {
            await deleteTrail(db, a.id);
            await db.wizardStates.delete(a.id);
            // Unsaved edits of the replaced version must not be replayed over the restored one.
            await db.journal.where('assessmentId').equals(a.id).delete();
          }
          await putAssessment(db, a);
          // Events go back exactly as they were, so the trail and its links survive.
          await restoreTrailRows(db, a.id, step.entry.changes);
        }
        for (const row of unreadable) {
          if (await db.assessments.get(row.id)) continue;
          await db.assessments.put({ id: row.id, updatedAt: '', data: row.data });
          await putEntry(db, listEntryFor(row.id, row.data));
        }
        return prepared ? restoreProcurementRows(db, prepared) : { added: 0, kept: 0 };
      });
    },
  };
}

async function readContents(db: AppDB, seal: boolean): Promise<BackupContents> {
  const { contents, procurementRows } = await db.transaction(seal ? 'rw' : 'r', [db.assessments, db.trail, ...procurementTables(db)], async () => {
    const rows = await db.assessments.toArray();
    if (seal) for (const row of rows) await sealHead(db, row.id);
    // In key order: by assessment, then by the event's place in its chain.
    const changes = await db.trail.toArray();
    const byAssessment = new Map<string, TrailRow[]>();
    for (const c of changes) byAssessment.set(c.assessmentId, [...(byAssessment.get(c.assessmentId) ?? []), c]);
    const contents: BackupContents = { assessments: [], unreadable: [] };
    for (const row of rows) {
      const stored = restoreAssessment(row.id, row.data);
      if (stored.ok) contents.assessments.push({ assessment: stored.assessment, changes: (byAssessment.get(row.id) ?? []).map((c) => ({ ...c })), evidence: [] });
      else contents.unreadable.push({ id: row.id, data: row.data });
    }
    return { contents, procurementRows: await readProcurementRows(db) };
  });
  // Evidence blobs are read after the transaction: reading a blob inside it would end it early.
  return { ...contents, procurement: await procurementBackupOf(procurementRows) };
}
