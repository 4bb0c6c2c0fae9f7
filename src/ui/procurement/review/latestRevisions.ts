import type { ResponseRow } from '../../../db/procurementRows';

/** Each vendor's latest imported revision, in the order the vendors were first imported: what is reviewed and compared. */
export function latestRows(rows: readonly ResponseRow[]): ResponseRow[] {
  const latest = new Map<string, ResponseRow>();
  for (const row of rows) if ((latest.get(row.organisation)?.revision ?? 0) < row.revision) latest.set(row.organisation, row);
  return [...latest.values()];
}
