import { ACTION_STATUS_LABELS, type ActionItem } from './schema';
import type { Finding } from './derive';
import { toCsv } from './csv';

/** Overdue: a due date before today and the action neither done nor cancelled. `today` is YYYY-MM-DD. */
export function isOverdue(action: ActionItem, today: string): boolean {
  return action.dueDate !== '' && action.dueDate < today && action.status !== 'done' && action.status !== 'cancelled';
}

export function actionsCsv(actions: readonly ActionItem[], findings: readonly Finding[], today: string): string {
  const titles = new Map(findings.map((f) => [f.key, f.title]));
  return toCsv(
    ['Action', 'Findings', 'Owner', 'Due date', 'Status', 'Overdue', 'Completion evidence'],
    actions.map((a) => [
      a.description,
      a.findingKeys.map((k) => (titles.has(k) ? `${k}: ${titles.get(k)}` : k)).join('\n'),
      a.owner,
      a.dueDate,
      ACTION_STATUS_LABELS[a.status],
      isOverdue(a, today) ? 'yes' : 'no',
      a.completionEvidence,
    ]),
  );
}
