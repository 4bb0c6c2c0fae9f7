import Dexie, { type EntityTable } from 'dexie';
import type { AssessmentChange, ListEntry } from '../domain';
import { listEntryFor } from './rows';

/** A stored assessment row; `data` is validated by `restoreAssessment` on every read. */
export interface AssessmentRow {
  id: string;
  updatedAt: string;
  data: unknown;
}

/** The wizard machine's persisted snapshot for one assessment. */
export interface WizardStateRow {
  assessmentId: string;
  savedAt: string;
  snapshot: unknown;
}

/**
 * One entry per change, in commit order. The audit phase adds a hash chain to
 * these rows; the write path already guarantees that no change skips the log.
 */
export interface ChangeRow {
  seq?: number;
  assessmentId: string;
  revision: number;
  at: string;
  by: string;
  change: AssessmentChange | { type: 'assessment.created' | 'assessment.imported' | 'assessment.deleted' };
}

/** The home list's line for one assessment, written in the same transaction as the row. */
export interface SummaryRow {
  id: string;
  entry: ListEntry;
}

/** Small settings kept with the data they describe (and carried in backups). */
export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'hrba-tech';

/**
 * Every schema version is listed here in ascending order and never edited once
 * released; a new version adds a `.version(n)` block with its upgrade.
 */
export class AppDB extends Dexie {
  assessments!: EntityTable<AssessmentRow, 'id'>;
  wizardStates!: EntityTable<WizardStateRow, 'assessmentId'>;
  changes!: EntityTable<ChangeRow, 'seq'>;
  summaries!: EntityTable<SummaryRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt',
      wizardStates: 'assessmentId',
      changes: '++seq, assessmentId, [assessmentId+seq]',
    });
    // Version 2: the home list reads one small summary per assessment instead of
    // validating every full row. Built here from the rows already stored,
    // damaged and newer ones included, so none disappears from the list.
    this.version(2)
      .stores({ summaries: 'id', settings: 'key' })
      .upgrade(async (tx) => {
        const rows: AssessmentRow[] = await tx.table('assessments').toArray();
        await tx.table('summaries').bulkPut(rows.map((r): SummaryRow => ({ id: r.id, entry: listEntryFor(r.id, r.data) })));
      });
  }
}

let instance: AppDB | null = null;

/** The app's database; tests open their own with `new AppDB(name)`. */
export function appDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
