import Dexie, { type EntityTable, type Table } from 'dexie';
import { lineOf, nextTrailEvent, type AssessmentChange, type AssessmentChangeInput, type ListEntry, type ListLine, type TrailEvent } from '../domain';
import type { StoredIdentity, TrustedCertificate } from '../domain';
import { listEntryFor } from './rows';
import { repairStoredRows } from './repairRows';
import type { EvidenceRow, ProcurementRow, ResponseRow, VendorResponseRow } from './procurementRows';

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
 * Versions 1 and 2's change log: one row per change, numbered across all
 * assessments, without hashes. Version 3 turns it into `trail`.
 */
export interface ChangeRowV1 {
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

/**
 * The home list's light line for one assessment (its summary without the profile and
 * answered ids), so drawing the list reads a few hundred bytes per assessment.
 * Written with the summary, in the same transaction.
 */
export interface ListLineRow {
  id: string;
  /** Readable rows only: the index the first page is read from, newest first. */
  updatedAt?: string;
  line: ListLine;
}

export function listLineRow(entry: ListEntry): ListLineRow {
  const line = lineOf(entry);
  return line.state === 'ok' ? { id: line.id, updatedAt: line.summary.updatedAt, line } : { id: line.id, line };
}

/** Small settings kept with the data they describe (and carried in backups). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * One event of an assessment's hash-chained trail (`TrailEvent`), keyed by
 * assessment and per-assessment sequence number. `sealed` is not hashed: it marks
 * a head whose hash has left this device (an export), which must never be rewritten.
 */
export interface TrailRow extends TrailEvent {
  assessmentId: string;
  sealed?: true;
}

/**
 * The write-ahead journal: the latest edit per assessment and target ("answer.set:CON-01"),
 * written the moment it is made, before the debounced commit. `committed` rows keep only
 * their sequence number, so a stale copy in localStorage can be recognised as older.
 */
export interface JournalRow {
  assessmentId: string;
  target: string;
  seq: number;
  by: string;
  change: AssessmentChangeInput | null;
  committed: boolean;
}

export const DB_NAME = 'hrba-tech';

/**
 * Every schema version is listed here in ascending order and never edited once
 * released; a new version adds a `.version(n)` block with its upgrade.
 */
export class AppDB extends Dexie {
  assessments!: EntityTable<AssessmentRow, 'id'>;
  wizardStates!: EntityTable<WizardStateRow, 'assessmentId'>;
  trail!: Table<TrailRow, [string, number]>;
  summaries!: EntityTable<SummaryRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  journal!: Table<JournalRow, [string, string]>;
  /** Signing identities: certificate and a non-extractable CryptoKey, stored by structured clone (see StoredIdentitySchema). */
  identities!: EntityTable<StoredIdentity, 'id'>;
  /** Certificates the person trusts when verifying, by SHA-256 fingerprint. */
  trustedCertificates!: EntityTable<TrustedCertificate, 'fingerprint'>;
  listLines!: EntityTable<ListLineRow, 'id'>;
  procurements!: EntityTable<ProcurementRow, 'id'>;
  responses!: EntityTable<ResponseRow, 'id'>;
  evidenceFiles!: Table<EvidenceRow, [string, string, string]>;
  vendorResponses!: EntityTable<VendorResponseRow, 'id'>;

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
    // Version 3: the change log becomes a hash chain per assessment. Existing rows
    // are chained in their commit order; their content is kept exactly.
    this.version(3)
      .stores({ changes: null, trail: '[assessmentId+seq], assessmentId' })
      .upgrade(async (tx) => {
        const rows = (await tx.table<ChangeRowV1, number>('changes').orderBy('seq').toArray()) as ChangeRowV1[];
        const heads = new Map<string, TrailEvent>();
        const events: TrailRow[] = [];
        for (const row of rows) {
          const event = nextTrailEvent(heads.get(row.assessmentId), { at: row.at, by: row.by, change: row.change });
          heads.set(row.assessmentId, event);
          events.push({ ...event, assessmentId: row.assessmentId });
        }
        await tx.table<TrailRow, [string, number]>('trail').bulkAdd(events);
      });
    // Version 4 adds the write-ahead journal; no existing row changes shape.
    this.version(4).stores({ journal: '[assessmentId+target], assessmentId' });
    // Version 5 neutralises text and links stored before they were checked, so no row
    // becomes unreadable, and rebuilds every summary (see repairRows.ts).
    this.version(5)
      .stores({})
      .upgrade((tx) => repairStoredRows(tx, new Date().toISOString()));
    // Version 6 adds signing identities and trusted certificates; no existing row changes shape.
    this.version(6).stores({ identities: 'id, addedAt', trustedCertificates: 'fingerprint' });
    // Version 7: the home list's light lines, built from the summaries already stored
    // (every row has one since version 2), unreadable rows included.
    this.version(7)
      .stores({ listLines: 'id, updatedAt' })
      .upgrade(async (tx) => {
        const summaries: SummaryRow[] = await tx.table('summaries').toArray();
        await tx.table('listLines').bulkPut(summaries.map((r) => listLineRow(r.entry)));
      });
    // Version 8: the buyer's procurements, vendors' responses as received, and evidence
    // files as blobs with their SHA-256 (issue 8). New tables only; no row changes shape.
    this.version(8).stores({
      procurements: 'id, updatedAt',
      responses: 'id, procurementId',
      evidenceFiles: '[ownerId+sha256+questionKey], ownerId, [ownerId+sha256]',
    });
    // Version 9: a vendor's responses while written, each with the request it answers
    // (issue 8). A new table only; no row changes shape.
    this.version(9).stores({ vendorResponses: 'id, requestId, updatedAt' });
  }
}

let instance: AppDB | null = null;

/** The app's database; tests open their own with `new AppDB(name)`. */
export function appDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
