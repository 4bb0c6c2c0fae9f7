import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalWriter } from '../../../src/db/journalWriter';
import type { JournalRow } from '../../../src/db';
import { answer } from '../helpers/assessment';
import { deleteAll, freshDb } from '../helpers/db';

afterEach(deleteAll);

const row = (target: string, seq: number, notes: string): JournalRow => ({
  assessmentId: 'a',
  target: `answer.set:${target}`,
  seq,
  by: '',
  change: answer(target, 'yes', notes),
  committed: false,
});

describe('the journal writer', () => {
  it('stores every target, newest edit last, in far fewer transactions than keys when keys come faster than commits', async () => {
    const db = freshDb();
    await db.open();
    const started = vi.spyOn(db.backendDB(), 'transaction');
    const writer = journalWriter(db, (e) => {
      throw e;
    });
    const text = 'typed key by key';
    for (let n = 1; n <= text.length; n++) writer.put(row('CON-01', n, text.slice(0, n)));
    writer.put(row('CON-02', 100, 'another item'));
    expect(writer.pending()).toBeGreaterThan(0);
    await vi.waitFor(() => expect(writer.pending()).toBe(0));

    const stored = await db.journal.toArray();
    expect(stored.map((r) => [r.target, (r.change as { notes: string }).notes])).toEqual([
      ['answer.set:CON-01', text],
      ['answer.set:CON-02', 'another item'],
    ]);
    // The first key's own transaction, then one for everything typed while it ran.
    expect(started.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('goes through Dexie while the database is not open yet, and still stores the row', async () => {
    const db = freshDb();
    const writer = journalWriter(db, (e) => {
      throw e;
    });
    writer.put(row('CON-01', 1, 'before open'));
    await vi.waitFor(() => expect(writer.pending()).toBe(0));
    expect((await db.journal.toArray()).map((r) => (r.change as { notes: string }).notes)).toEqual(['before open']);
  });
});
