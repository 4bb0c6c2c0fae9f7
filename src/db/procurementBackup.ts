import { fromBase64, toBase64 } from '../domain';
import { sha256OfBytes, type ProcurementBackup } from '../domain/procurement';
import type { AppDB } from './appDb';
import type { EvidenceRow, ProcurementRow, ResponseRow, VendorResponseRow } from './procurementRows';

/** The procurement tables, for a backup's transaction (read) and a restore's (write). */
export const procurementTables = (db: AppDB) => [db.procurements, db.responses, db.vendorResponses, db.evidenceFiles];

export type ProcurementRowsRead = Omit<ProcurementBackup, 'evidence'> & { evidence: EvidenceRow[] };

/** Every procurement row, read inside the caller's transaction (blobs are turned into text after it: reading a blob would end it). */
export async function readProcurementRows(db: AppDB): Promise<ProcurementRowsRead> {
  const [procurements, responses, vendorResponses, evidence] = await Promise.all([db.procurements.toArray(), db.responses.toArray(), db.vendorResponses.toArray(), db.evidenceFiles.toArray()]);
  return { procurements, responses, vendorResponses, evidence };
}

/** The rows as they go into a backup file: evidence bytes as base64. */
export async function procurementBackupOf(rows: ProcurementRowsRead): Promise<ProcurementBackup> {
  const evidence = [];
  for (const { blob, ...entry } of rows.evidence) evidence.push({ ...entry, data: toBase64(new Uint8Array(await blob.arrayBuffer())) });
  return { ...rows, evidence };
}

export class EvidenceBackupDamagedError extends Error {
  constructor(readonly sha256: string) {
    super(`An evidence file in the backup (${sha256.slice(0, 19)}…) does not match its SHA-256, so nothing was restored`);
    this.name = 'EvidenceBackupDamagedError';
  }
}

export interface PreparedProcurementRestore {
  backup: ProcurementBackup;
  evidence: EvidenceRow[];
}

/** Decodes and checks every evidence file against its hash before any write; a mismatch refuses the whole restore. */
export function prepareProcurementRestore(backup: ProcurementBackup): PreparedProcurementRestore {
  const evidence = backup.evidence.map(({ data, ...entry }) => {
    const bytes = fromBase64(data);
    if (sha256OfBytes(bytes) !== entry.sha256 || bytes.byteLength !== entry.bytes) throw new EvidenceBackupDamagedError(entry.sha256);
    return { ...entry, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: entry.mediaType }) };
  });
  return { backup, evidence };
}

export interface ProcurementRestoreCount {
  added: number;
  kept: number;
}

/**
 * Adds, inside the caller's transaction, every procurement, response and vendor response
 * this device does not hold yet, with their evidence files. A row already here (same id)
 * is kept as it is: a restore never overwrites a review, a decision or an answer in
 * progress. Evidence is added for the rows added.
 */
export async function restoreProcurementRows(db: AppDB, prepared: PreparedProcurementRestore): Promise<ProcurementRestoreCount> {
  const { backup } = prepared;
  const count = { added: 0, kept: 0 };
  const owners = new Set<string>();
  const addNew = async <R extends { id: string }>(table: { get(id: string): Promise<unknown>; add(row: R): Promise<unknown> }, rows: readonly R[], owner: boolean) => {
    for (const row of rows) {
      if (await table.get(row.id)) {
        count.kept++;
        continue;
      }
      await table.add(row);
      if (owner) owners.add(row.id);
      count.added++;
    }
  };
  await addNew<ProcurementRow>(db.procurements, backup.procurements, false);
  await addNew<ResponseRow>(db.responses, backup.responses, true);
  await addNew<VendorResponseRow>(db.vendorResponses, backup.vendorResponses, true);
  const files = prepared.evidence.filter((e) => owners.has(e.ownerId));
  if (files.length) await db.evidenceFiles.bulkPut(files);
  return count;
}
