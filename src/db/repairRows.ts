import type { Transaction } from 'dexie';
import { nextTrailEvent, repairStoredAssessment, type AppSettings, type LifecycleChange } from '../domain';
import type { AssessmentRow, SettingRow, SummaryRow, TrailRow } from './appDb';
import { listEntryFor } from './rows';
import { toEvent } from './trail';

/**
 * Version 5's upgrade. Rows stored before text and links were checked may hold bidi
 * controls, control characters, invisible-only names or links that are not web
 * addresses; the current schema refuses them, which would leave the work unreadable.
 * Each such row is neutralised (`repairStoredAssessment`), in the same transaction
 * a trail event names every place changed, and a notice for the home page lists
 * the assessments; every summary is rebuilt from its row as it now stands.
 */
export async function repairStoredRows(tx: Transaction, at: string): Promise<void> {
  const rows: AssessmentRow[] = await tx.table('assessments').toArray();
  const notice: AppSettings['repairNotice'] = [];
  for (const row of rows) {
    const repaired = repairStoredAssessment(row.data);
    let data = row.data;
    if (repaired) {
      data = repaired.assessment;
      await tx.table('assessments').put({ ...row, data });
      const trail = tx.table<TrailRow, [string, number]>('trail');
      const head = await trail.where('[assessmentId+seq]').between([row.id, 0], [row.id, Infinity]).last();
      const change: LifecycleChange = { type: 'assessment.repaired', notes: repaired.notes };
      const event = nextTrailEvent(head ? toEvent(head) : null, { at, by: '', change });
      await trail.add({ ...event, assessmentId: row.id });
      notice.push({ id: row.id, productName: repaired.assessment.subject.productName, changes: repaired.notes.length });
    }
    await tx.table<SummaryRow, string>('summaries').put({ id: row.id, entry: listEntryFor(row.id, data) });
  }
  if (notice.length > 0) await tx.table<SettingRow, string>('settings').put({ key: 'repairNotice', value: notice });
}
