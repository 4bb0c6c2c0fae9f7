import {
  restoredCopy,
  type Assessment,
  type BackupEntry,
  type BackupFile,
  type RestoreChoice,
  type StoredForPlan,
} from '../domain';
import { appDb, type AppDB, type ChangeRow } from './appDb';
import { putAssessment } from './assessments';
import { listEntryFor, restoreAssessment } from './rows';

export type BackupContents = Pick<BackupFile, 'assessments' | 'unreadable'>;

export interface RestoreStep {
  entry: BackupEntry;
  choice: RestoreChoice;
  /** The id a copy is stored under; required for `copy`. */
  newId?: string;
}

export interface BackupRepository {
  /** Every row and its trail, read in one transaction so the backup is one consistent moment. */
  contents(): Promise<BackupContents>;
  /** What is stored under each id, for the restore preview. */
  storedFor(ids: readonly string[]): Promise<Map<string, StoredForPlan>>;
  /** Applies the chosen steps in one transaction: all of them, or none. */
  restore(steps: readonly RestoreStep[], unreadable: BackupFile['unreadable']): Promise<void>;
}

export function backupRepository(db: AppDB = appDb(), now: () => Date = () => new Date()): BackupRepository {
  return {
    contents: () =>
      db.transaction('r', db.assessments, db.changes, async () => {
        const rows = await db.assessments.toArray();
        const changes = await db.changes.orderBy('seq').toArray();
        const byAssessment = new Map<string, ChangeRow[]>();
        for (const c of changes) byAssessment.set(c.assessmentId, [...(byAssessment.get(c.assessmentId) ?? []), c]);
        const contents: BackupContents = { assessments: [], unreadable: [] };
        for (const row of rows) {
          const stored = restoreAssessment(row.id, row.data);
          if (stored.ok) contents.assessments.push({ assessment: stored.assessment, changes: (byAssessment.get(row.id) ?? []).map((c) => ({ ...c })), evidence: [] });
          else contents.unreadable.push({ id: row.id, data: row.data });
        }
        return contents;
      }),

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

    restore: (steps, unreadable) =>
      db.transaction('rw', [db.assessments, db.summaries, db.changes, db.wizardStates], async () => {
        for (const step of steps) {
          const a = step.entry.assessment;
          if (step.choice === 'skip') continue;
          if (step.choice === 'copy') {
            if (!step.newId) throw new Error('a restored copy needs a new id');
            const copy: Assessment = restoredCopy(a, step.newId);
            await putAssessment(db, copy);
            // The copy is a new assessment: its trail starts here, the original trail stays with the original id.
            await db.changes.add({ assessmentId: copy.id, revision: copy.revision.number, at: now().toISOString(), by: '', change: { type: 'assessment.imported' } });
            continue;
          }
          const existing = await db.assessments.get(a.id);
          if (existing && step.choice !== 'replace') throw new Error(`${a.subject.productName} (${a.id}) is already stored; nothing was restored`);
          if (existing) {
            await db.changes.where('assessmentId').equals(a.id).delete();
            await db.wizardStates.delete(a.id);
          }
          await putAssessment(db, a);
          // Rows go back as they were (new sequence numbers, same order), so the trail and its links survive.
          await db.changes.bulkAdd(step.entry.changes.map(({ seq: _seq, ...row }) => row as unknown as ChangeRow));
        }
        for (const row of unreadable) {
          if (await db.assessments.get(row.id)) continue;
          await db.assessments.put({ id: row.id, updatedAt: '', data: row.data });
          await db.summaries.put({ id: row.id, entry: listEntryFor(row.id, row.data) });
        }
      }),
  };
}
