import type { AppDB, JournalRow } from './appDb';

/**
 * Writes write-ahead journal rows as fast as IndexedDB allows, because until a row's
 * transaction has reached the browser's storage a killed browser loses that key.
 *
 * - The transaction is native, created, filled and told to commit (`commit()`) in the
 *   input event's own handler. Through Dexie the put would start a microtask later
 *   and commit only after a round trip to the browser process (the request's success
 *   event, then "no more requests"); asking for the commit at once saves it.
 * - One transaction at a time: keys typed while one is in flight wait together and go
 *   in the next, newest per target. Fast typing used to queue one transaction per key,
 *   and the last key waited behind all of them.
 *
 * No web API lets a page make a write durable before its event handler returns, so a
 * kill in the few milliseconds until the transaction commits can still lose the last
 * key (`npm run bench` measures that window). Before the database is open, rows go
 * through Dexie.
 */
export interface JournalWriter {
  put(row: JournalRow): void;
  /** Rows handed over whose transaction has not completed yet. */
  pending(): number;
}

export function journalWriter(db: AppDB, onError: (error: unknown) => void): JournalWriter {
  // Each row with the moment it was handed over (the key's own handler).
  const waiting = new Map<string, { row: JournalRow; at: number }>();
  let inFlight = 0;
  let busy = false;
  const keyOf = (row: JournalRow) => JSON.stringify([row.assessmentId, row.target]);

  const finished = (count: number, error?: unknown) => {
    inFlight -= count;
    if (error) onError(error);
  };

  const start = () => {
    if (busy || waiting.size === 0) return;
    const batch = [...waiting.values()];
    const rows = batch.map((b) => b.row);
    waiting.clear();
    let tx: IDBTransaction;
    try {
      if (!db.isOpen()) throw new Error('not open');
      tx = db.backendDB().transaction('journal', 'readwrite');
      const store = tx.objectStore('journal');
      rows.forEach((row) => store.put(row));
      tx.commit();
    } catch {
      db.journal.bulkPut(rows).then(() => finished(rows.length), (error: unknown) => finished(rows.length, error));
      return;
    }
    busy = true;
    const done = (error?: unknown) => {
      busy = false;
      // Read by `npm run bench`: how long a key stays exposed to a killed browser.
      if (!error) batch.forEach((b) => performance.measure('hrba:journal', { start: b.at, end: performance.now() }));
      finished(rows.length, error);
      start();
    };
    tx.oncomplete = () => done();
    tx.onabort = () => done(tx.error ?? new Error('the journal transaction was aborted'));
  };

  return {
    put(row) {
      const key = keyOf(row);
      // A newer edit of the same target replaces the one still waiting; it was never written.
      if (waiting.has(key)) inFlight -= 1;
      waiting.set(key, { row, at: performance.now() });
      inFlight += 1;
      start();
    },
    pending: () => inFlight,
  };
}
