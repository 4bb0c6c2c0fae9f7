import { nextTrailEvent, type TrailEvent } from '../domain';
import { type AssessmentRow, type ChangeRowV1, type SummaryRow, type TrailRow, type UpgradeSteps } from './appDb';
import { listEntryFor, listLineRow } from './rows';
import { repairStoredRows } from './repairRows';

/**
 * The bodies of AppDB's upgrades (see appDb.ts), kept apart so the first screen does
 * not load the domain they need. Never edited once released, like the versions.
 */
export const UPGRADE_STEPS: UpgradeSteps = {
  async v2(tx) {
    const rows: AssessmentRow[] = await tx.table('assessments').toArray();
    await tx.table('summaries').bulkPut(rows.map((r): SummaryRow => ({ id: r.id, entry: listEntryFor(r.id, r.data) })));
  },
  async v3(tx) {
    const rows = (await tx.table<ChangeRowV1, number>('changes').orderBy('seq').toArray()) as ChangeRowV1[];
    const heads = new Map<string, TrailEvent>();
    const events: TrailRow[] = [];
    for (const row of rows) {
      const event = nextTrailEvent(heads.get(row.assessmentId), { at: row.at, by: row.by, change: row.change });
      heads.set(row.assessmentId, event);
      events.push({ ...event, assessmentId: row.assessmentId });
    }
    await tx.table<TrailRow, [string, number]>('trail').bulkAdd(events);
  },
  v5: (tx) => repairStoredRows(tx, new Date().toISOString()),
  async v7(tx) {
    const summaries: SummaryRow[] = await tx.table('summaries').toArray();
    await tx.table('listLines').bulkPut(summaries.map((r) => listLineRow(r.entry)));
  },
};
