import { canonicalJson, changeTarget, type AssessmentChangeInput } from '../domain';
import type { AppDB, JournalRow } from './appDb';
import type { WriteAheadEntry } from './localCopies';

/** Two copies of an edit are the same edit when their canonical JSON is equal. */
export function sameChange(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/**
 * Which edits to replay, oldest first. Per target, the newer of the two copies
 * wins: the journal row (IndexedDB) or the localStorage entry. A journal row that
 * is already committed, or is newer than the local entry, makes that entry stale
 * (Chromium writes localStorage to disk seconds late, so after a crash it can
 * hold an older edit than the one committed since).
 */
export function planReplay(local: readonly WriteAheadEntry[], journal: readonly JournalRow[]): WriteAheadEntry[] {
  const byTarget = new Map<string, WriteAheadEntry>();
  const rows = new Map(journal.map((r) => [r.target, r]));
  for (const row of journal) {
    if (!row.committed && row.change) byTarget.set(row.target, { target: row.target, seq: row.seq, by: row.by, change: row.change });
  }
  for (const entry of local) {
    const row = rows.get(entry.target);
    if (!row || entry.seq > row.seq) byTarget.set(entry.target, entry);
  }
  return [...byTarget.values()].sort((a, b) => a.seq - b.seq);
}

export const journalKey = (assessmentId: string, target: string): [string, string] => [assessmentId, target];

export function journalRows(db: AppDB, assessmentId: string): Promise<JournalRow[]> {
  return db.journal.where('assessmentId').equals(assessmentId).toArray();
}

/**
 * Runs inside the commit transaction: once the change is stored, its journal copy
 * is marked committed in the same transaction, so the journal never claims an
 * edit is pending that is already saved, nor loses one that is not. A row holding
 * a different (newer) edit of the same target is left alone.
 */
export async function markJournalCommitted(db: AppDB, assessmentId: string, change: AssessmentChangeInput): Promise<void> {
  const key = journalKey(assessmentId, changeTarget(change));
  const row = await db.journal.get(key);
  if (row && !row.committed && sameChange(row.change, change)) await db.journal.put({ ...row, change: null, committed: true });
}
