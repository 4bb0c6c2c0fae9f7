import type { ACTION_STATUSES, ActionItem } from './schema';
import type { Finding } from './derive';
import { toCsv } from './csv';

/** Overdue: a due date before today and the action neither done nor cancelled. `today` is YYYY-MM-DD. */
export function isOverdue(action: ActionItem, today: string): boolean {
  return action.dueDate !== '' && action.dueDate < today && action.status !== 'done' && action.status !== 'cancelled';
}

/** The action plan CSV's columns, in their order: codes, which the caller names. */
export const ACTION_CSV_COLUMNS = ['action', 'findings', 'owner', 'dueDate', 'status', 'overdue', 'completionEvidence'] as const;
export type ActionCsvColumn = (typeof ACTION_CSV_COLUMNS)[number];

/** The words of an action plan CSV in the reader's language, supplied by the caller (the domain holds no words). */
export interface ActionsCsvWords {
  columns: Record<ActionCsvColumn, string>;
  status: Record<(typeof ACTION_STATUSES)[number], string>;
  /** The overdue column's two values. */
  yes: string;
  no: string;
}

/**
 * The action plan as CSV, one row per action: the values (descriptions, owners, finding ids and
 * titles as given, ISO due dates) as recorded, the headings and the status and overdue words as the
 * caller says them. `today` is YYYY-MM-DD.
 */
export function actionsCsv(actions: readonly ActionItem[], findings: readonly Pick<Finding, 'key' | 'title'>[], today: string, words: ActionsCsvWords): string {
  const titles = new Map(findings.map((f) => [f.key, f.title]));
  return toCsv(
    ACTION_CSV_COLUMNS.map((c) => words.columns[c]),
    actions.map((a) => [
      a.description,
      a.findingKeys.map((k) => (titles.has(k) ? `${k}: ${titles.get(k)}` : k)).join('\n'),
      a.owner,
      a.dueDate,
      words.status[a.status],
      isOverdue(a, today) ? words.yes : words.no,
      a.completionEvidence,
    ]),
  );
}
