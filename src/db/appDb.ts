import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { type AssessmentChange, type AssessmentChangeInput, type ListEntry, type ListLine, type TrailEvent } from '../domain';
import type { StoredIdentity, TrustedCertificate } from '../domain';
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
    // validating every full row. Built from the rows already stored, damaged and
    // newer ones included, so none disappears from the list.
    this.version(2)
      .stores({ summaries: 'id', settings: 'key' })
      .upgrade((tx) => upgradeStep('v2')(tx));
    // Version 3: the change log becomes a hash chain per assessment. Existing rows
    // are chained in their commit order; their content is kept exactly.
    this.version(3)
      .stores({ changes: null, trail: '[assessmentId+seq], assessmentId' })
      .upgrade((tx) => upgradeStep('v3')(tx));
    // Version 4 adds the write-ahead journal; no existing row changes shape.
    this.version(4).stores({ journal: '[assessmentId+target], assessmentId' });
    // Version 5 neutralises text and links stored before they were checked, so no row
    // becomes unreadable, and rebuilds every summary (see repairRows.ts).
    this.version(5)
      .stores({})
      .upgrade((tx) => upgradeStep('v5')(tx));
    // Version 6 adds signing identities and trusted certificates; no existing row changes shape.
    this.version(6).stores({ identities: 'id, addedAt', trustedCertificates: 'fingerprint' });
    // Version 7: the home list's light lines, built from the summaries already stored
    // (every row has one since version 2), unreadable rows included.
    this.version(7)
      .stores({ listLines: 'id, updatedAt' })
      .upgrade((tx) => upgradeStep('v7')(tx));
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

/** The versions whose upgrade changes rows; their code lives in upgrades.ts. */
export type UpgradeSteps = Record<'v2' | 'v3' | 'v5' | 'v7', (tx: Transaction) => Promise<void>>;

/** The Dexie version of the newest block above; IndexedDB stores it times ten. */
export const DB_VERSION = 9;

let upgradeSteps: UpgradeSteps | null = null;

/**
 * The upgrade code needs the whole domain (schemas, hashing), which the first screen
 * does not: it is handed in by `prepareDatabase` only when a stored database is older
 * than this version (a new database is created at the newest version and runs none).
 */
export function registerUpgrades(steps: UpgradeSteps): void {
  upgradeSteps = steps;
}

/** Whether the upgrade code is loaded (for tests and diagnostics). */
export function upgradesLoaded(): boolean {
  return upgradeSteps !== null;
}

function upgradeStep(name: keyof UpgradeSteps): (tx: Transaction) => Promise<void> {
  if (!upgradeSteps) throw new Error(`The database needs its ${name} upgrade, but the upgrade code was not loaded (call prepareDatabase before opening it).`);
  return upgradeSteps[name];
}

/**
 * Loads the upgrade code when the stored database `name` is older than this version,
 * or when the browser cannot say (no `indexedDB.databases`). Call before the first read.
 */
export async function prepareDatabase(name = DB_NAME): Promise<void> {
  if (upgradeSteps) return;
  const known = typeof indexedDB.databases === 'function' ? await indexedDB.databases().catch(() => null) : null;
  const stored = known?.find((d) => d.name === name);
  if (known && (!stored || (stored.version ?? 0) >= DB_VERSION * 10)) return;
  registerUpgrades((await import('./upgrades')).UPGRADE_STEPS);
}

let instance: AppDB | null = null;

/** The app's database; tests open their own with `new AppDB(name)`. */
export function appDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
