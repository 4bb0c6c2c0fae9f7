import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assessmentRepository,
  localCopies,
  memoryStorage,
  planReplay,
  storageFailure,
  writeAhead,
  type AppDB,
  type JournalRow,
  type KeyValueStorage,
  type WriteAheadEntry,
} from '../../../src/db';
import { answer, makeAssessment } from '../helpers/assessment';
import { deleteAll, freshDb } from '../helpers/db';

afterEach(deleteAll);

/** One "session" of the app: repositories over a database and a localStorage, as the app wires them. */
function session(db: AppDB, storage: KeyValueStorage) {
  const local = localCopies(storage);
  const repo = assessmentRepository(db, undefined, local);
  return { local, repo, wal: writeAhead(db, local, repo) };
}

async function setup() {
  const db = freshDb();
  const storage = memoryStorage();
  const first = session(db, storage);
  const a = await first.repo.create(makeAssessment());
  return { db, storage, first, a };
}

/** Lets the journal's own small transactions finish, as a few milliseconds after a keystroke would. */
const journalSettles = async (wal: { unsettled: () => number }) => vi.waitFor(() => expect(wal.unsettled()).toBe(0));
const notesOf = async (repo: ReturnType<typeof assessmentRepository>, id: string, item = 'CON-01') => (await repo.get(id)).answers[item]?.notes;

const entry = (target: string, seq: number, notes: string): WriteAheadEntry => ({ target, seq, by: '', change: answer(target.split(':')[1]!, 'yes', notes) });
const row = (target: string, seq: number, notes: string | null, committed: boolean): JournalRow => ({
  assessmentId: 'a',
  target,
  seq,
  by: '',
  change: notes === null ? null : answer(target.split(':')[1]!, 'yes', notes),
  committed,
});

describe('planReplay: which copy of an edit wins', () => {
  it('replays a local copy newer than anything the journal knows, oldest edit first', () => {
    const plan = planReplay([entry('answer.set:CON-02', 20, 'b'), entry('answer.set:CON-01', 10, 'a')], []);
    expect(plan.map((e) => e.seq)).toEqual([10, 20]);
  });

  it('never replays a local copy older than a committed journal row (localStorage reaches disk seconds late)', () => {
    expect(planReplay([entry('answer.set:CON-01', 10, 'abc')], [row('answer.set:CON-01', 12, null, true)])).toEqual([]);
  });

  it('takes the newer of an uncommitted journal row and a local copy', () => {
    const journalNewer = planReplay([entry('answer.set:CON-01', 10, 'old')], [row('answer.set:CON-01', 12, 'new', false)]);
    expect(journalNewer.map((e) => (e.change.type === 'answer.set' ? e.change.notes : ''))).toEqual(['new']);
    const localNewer = planReplay([entry('answer.set:CON-01', 14, 'newest')], [row('answer.set:CON-01', 12, 'new', false)]);
    expect(localNewer.map((e) => (e.change.type === 'answer.set' ? e.change.notes : ''))).toEqual(['newest']);
  });
});

describe('write-ahead copies and their replay', () => {
  it('replays an edit whose debounced commit never ran, once, through the write path', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'partial', 'typed just before the crash'), 'Amina');
    await journalSettles(first.wal);

    const next = session(db, storage);
    expect(await next.wal.recover(a.id)).toMatchObject({ recovered: 1, discarded: 0, missing: false, failure: null });
    const stored = await next.repo.get(a.id);
    expect(stored.answers['CON-01']).toMatchObject({ status: 'partial', notes: 'typed just before the crash', answeredBy: 'Amina' });
    expect((await next.repo.trail(a.id)).map((e) => e.change.type)).toEqual(['assessment.created', 'answer.set']);
    // Replayed once: a second open finds nothing left.
    expect(await session(db, storage).wal.recover(a.id)).toMatchObject({ recovered: 0 });
    expect(storage.length).toBe(1); // only the store marker remains
  });

  it('recovers from the journal alone when localStorage lost the copy (a killed browser)', async () => {
    const { db, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'only in IndexedDB'), '');
    await journalSettles(first.wal);
    const next = session(db, memoryStorage());
    expect((await next.wal.recover(a.id)).recovered).toBe(1);
    expect(await notesOf(next.repo, a.id)).toBe('only in IndexedDB');
  });

  it('recovers from localStorage alone when the journal write never landed (a page torn down at once)', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'only in localStorage'), '');
    await journalSettles(first.wal);
    await db.journal.clear();
    const next = session(db, storage);
    expect((await next.wal.recover(a.id)).recovered).toBe(1);
    expect(await notesOf(next.repo, a.id)).toBe('only in localStorage');
  });

  it('never puts back an older copy over a newer committed edit', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'abc'), '');
    const stale = storage.getItem(`hrba.wal.${a.id}`);
    await first.repo.commit(a.id, answer('CON-01', 'yes', 'abc'));
    first.wal.settled(a.id, answer('CON-01', 'yes', 'abc'));
    first.wal.record(a.id, answer('CON-01', 'yes', 'abcdef'), '');
    await journalSettles(first.wal);
    await first.repo.commit(a.id, answer('CON-01', 'yes', 'abcdef'));
    first.wal.settled(a.id, answer('CON-01', 'yes', 'abcdef'));
    // After a crash, localStorage on disk may still hold the first copy.
    storage.setItem(`hrba.wal.${a.id}`, stale!);

    const next = session(db, storage);
    expect((await next.wal.recover(a.id)).recovered).toBe(0);
    expect(await notesOf(next.repo, a.id)).toBe('abcdef');
    expect(next.local.entries(a.id)).toEqual([]);
  });

  it('the commit marks the journal copy done only when it stored that same edit', async () => {
    const { db, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'newer, still pending'), '');
    await journalSettles(first.wal);
    await first.repo.commit(a.id, answer('CON-01', 'yes', 'older'));
    expect(await db.journal.get([a.id, 'answer.set:CON-01'])).toMatchObject({ committed: false });
    await first.repo.commit(a.id, answer('CON-01', 'yes', 'newer, still pending'));
    expect(await db.journal.get([a.id, 'answer.set:CON-01'])).toMatchObject({ committed: true, change: null });
  });

  it('keeps the copies of an assessment the store no longer has (emptied store), for after a restore', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'kept'), '');
    await journalSettles(first.wal);
    await db.assessments.clear();
    const next = session(db, storage);
    expect(await next.wal.recover(a.id)).toMatchObject({ missing: true, recovered: 0 });
    expect(next.local.entries(a.id)).toHaveLength(1);
  });

  it('drops an edit the store refuses as invalid, and stops, keeping the rest, on a storage failure', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, { type: 'answer.set', itemId: 'not an id', status: 'yes', notes: '', evidence: [] }, '');
    first.wal.record(a.id, answer('CON-02', 'yes', 'valid'), '');
    await journalSettles(first.wal);
    const next = session(db, storage);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const commit = vi.spyOn(next.repo, 'commit');
    commit.mockRejectedValueOnce(new Error('not valid')).mockRejectedValueOnce(quota);
    const result = await next.wal.recover(a.id);
    expect(result).toMatchObject({ recovered: 0, discarded: 1, failure: quota });
    expect(next.local.entries(a.id).map((e) => e.target)).toEqual(['answer.set:CON-02']);
    commit.mockRestore();
    expect(await next.wal.recover(a.id)).toMatchObject({ recovered: 1, discarded: 0 });
    expect(await notesOf(next.repo, a.id, 'CON-02')).toBe('valid');
  });

  it('holds an edit typed before the revision was locked elsewhere: not written into it, not dropped, kept across sessions', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'partial', 'typed before another tab signed'), 'Amina');
    await journalSettles(first.wal);
    await first.repo.commit(a.id, { type: 'revision.lock' }, 'Signer'); // the other tab locks (signs) meanwhile

    const next = session(db, memoryStorage()); // localStorage lost too: the journal alone keeps it
    const result = await next.wal.recover(a.id);
    expect(result).toMatchObject({ recovered: 0, discarded: 0, failure: null });
    expect(result.held).toHaveLength(1);
    expect(result.held[0]).toMatchObject({ code: 'revision-locked', by: 'Amina', change: { type: 'answer.set', notes: 'typed before another tab signed' } });
    const locked = await next.repo.get(a.id);
    expect(locked.answers['CON-01']).toBeUndefined();
    expect((await next.repo.trail(a.id)).map((e) => e.change.type)).toEqual(['assessment.created', 'revision.lock']);
    expect(await next.wal.waiting()).toEqual([a.id]);

    // Still there on the next open, until the person moves or discards it.
    const third = session(db, storage);
    const again = await third.wal.recover(a.id);
    expect(again.held.map((h) => h.change)).toEqual(result.held.map((h) => h.change));
    await third.wal.release(a.id, again.held);
    expect((await session(db, storage).wal.recover(a.id)).held).toEqual([]);
    expect(await third.wal.waiting()).toEqual([]);
  });

  it('release leaves a newer copy of the same target alone', async () => {
    const { db, storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'older'), '');
    await journalSettles(first.wal);
    await first.repo.commit(a.id, { type: 'revision.lock' });
    const held = (await session(db, storage).wal.recover(a.id)).held;
    first.wal.record(a.id, answer('CON-01', 'yes', 'newer'), '');
    await journalSettles(first.wal);
    await first.wal.release(a.id, held);
    expect((await session(db, storage).wal.recover(a.id)).held.map((h) => (h.change.type === 'answer.set' ? h.change.notes : ''))).toEqual(['newer']);
  });

  it('forgets the copies of a deleted assessment', async () => {
    const { storage, first, a } = await setup();
    first.wal.record(a.id, answer('CON-01', 'yes', 'x'), '');
    await journalSettles(first.wal);
    await first.repo.remove(a.id);
    expect(first.local.entries(a.id)).toEqual([]);
    expect(storage.getItem(`hrba.wal.${a.id}`)).toBeNull();
  });
});

describe('the store marker kept outside IndexedDB', () => {
  it('follows every create, import and delete', async () => {
    const { first, a } = await setup();
    const b = await first.repo.create(makeAssessment());
    expect(first.local.marker()?.ids).toEqual([a.id, b.id].sort());
    await first.repo.remove(a.id);
    expect(first.local.marker()?.ids).toEqual([b.id]);
  });
});

describe('storageFailure: what a failed write means', () => {
  it('finds the browser’s reason inside Dexie’s wrappers, the most specific first', () => {
    const quota = { name: 'QuotaExceededError', message: 'full' };
    expect(storageFailure({ name: 'AbortError', message: 'aborted', inner: quota })).toBe('quota');
    expect(storageFailure({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe('newer-version');
    expect(storageFailure(new Error('notes are limited to 50,000 characters'))).toBeNull();
  });
});
