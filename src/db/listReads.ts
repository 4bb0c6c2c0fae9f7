import type { AnswerProgress, AssessmentHeader, ListEntry, ListLine } from '../domain';
import type { AppDB } from './appDb';
import type { LocalCopies } from './localCopies';

export interface ListHead {
  newest: AssessmentHeader[];
  readable: number;
  total: number;
}

/**
 * The home list's reads: summaries and light lines only, never a whole row, so they
 * need none of the code that validates, changes or hashes an assessment, and the
 * first screen loads none of it (see src/app/lazyStore.ts).
 */
export function listReads(db: AppDB) {
  return {
    /** Every summary, unreadable rows included. */
    entries: async (): Promise<ListEntry[]> => (await db.summaries.toArray()).map((r) => r.entry),
    lines: async (): Promise<ListLine[]> => (await db.listLines.toArray()).map((r) => r.line),
    listHead: (limit: number): Promise<ListHead> =>
      db.transaction('r', db.listLines, async () => {
        const [newest, readable, total] = await Promise.all([
          db.listLines.orderBy('updatedAt').reverse().limit(limit).toArray(),
          db.listLines.orderBy('updatedAt').count(),
          db.listLines.count(),
        ]);
        return { newest: newest.flatMap((r) => (r.line.state === 'ok' ? [r.line.summary] : [])), readable, total };
      }),
    ids: async (): Promise<string[]> => (await db.listLines.toCollection().primaryKeys()) as string[],
    progressOf: async (ids: readonly string[]): Promise<Map<string, AnswerProgress>> => {
      const out = new Map<string, AnswerProgress>();
      for (const row of await db.summaries.bulkGet([...ids])) {
        if (row?.entry.state === 'ok') out.set(row.id, row.entry.summary);
      }
      return out;
    },
    raw: async (id: string): Promise<unknown> => (await db.assessments.get(id))?.data,
  };
}

/**
 * The marker outside IndexedDB follows every add and delete, so an empty store with a
 * non-empty marker means the store was emptied behind the app's back.
 */
export function noteStoredIds(local: LocalCopies, add: readonly string[], drop: readonly string[]): void {
  const ids = new Set(local.marker()?.ids ?? []);
  add.forEach((id) => ids.add(id));
  drop.forEach((id) => ids.delete(id));
  local.setMarker([...ids], new Date().toISOString());
}

/** An import stored by another context (the import worker), recorded outside IndexedDB. */
export function noteImportedIn(local: LocalCopies, id: string, replaced: boolean): void {
  if (replaced) local.forget(id);
  noteStoredIds(local, [id], []);
}
