import { ChangeRefusedError, changeTarget, type AssessmentChangeInput, type RefusalCode } from '../domain';
import { appDb, type AppDB } from './appDb';
import { journalWriter } from './journalWriter';
import { assessmentRepository, type AssessmentRepository } from './assessments';
import { journalRows, planReplay, sameChange } from './journal';
import { localCopies, type LocalCopies, type WriteAheadEntry } from './localCopies';
import { storageFailure } from './storageErrors';

export interface RecoveryResult {
  /** Edits from an earlier session stored now through the normal write path. */
  recovered: number;
  /** Copies the store refused as invalid; they would fail again, so they are dropped. */
  discarded: number;
  /** The assessment is not in the store (it was emptied): its copies are kept for after a restore. */
  missing: boolean;
  /** A storage failure stopped the replay; what was not replayed is kept. */
  failure: unknown;
  /**
   * Edits the domain refused (the revision was locked, say by signing in another tab,
   * after they were typed). They are the person's words: kept in the journal, never
   * written into the locked revision, until `release` after the person moved or discarded them.
   */
  held: HeldEdit[];
}

export interface HeldEdit extends WriteAheadEntry {
  code: RefusalCode;
}

/**
 * Crash-safe saving. Every edit is copied twice before the debounced commit:
 * synchronously into localStorage (survives a reload, a closed tab, a crashed
 * page, a failing or reset IndexedDB) and at once into the IndexedDB journal
 * (survives a killed browser as soon as its small transaction commits, within
 * milliseconds). The commit marks the journal copy done in its own transaction;
 * `recover` replays whatever is left, newest copy per target, through
 * `assessmentRepository.commit`, the one write path.
 */
export interface WriteAhead {
  record(assessmentId: string, change: AssessmentChangeInput, by: string): void;
  /** After a commit resolved: drops the localStorage copy if it holds what was committed. */
  settled(assessmentId: string, change: AssessmentChangeInput): void;
  /** Call only while holding the assessment's edit lock, before its editor starts. */
  recover(assessmentId: string): Promise<RecoveryResult>;
  /** Drops held edits the person has moved elsewhere or chosen to discard (a newer copy of the same target stays). */
  release(assessmentId: string, held: readonly Pick<HeldEdit, 'target' | 'seq'>[]): Promise<void>;
  /** Journal writes not yet committed to IndexedDB. */
  unsettled(): number;
  /** Assessments with edits copied but not yet saved (journal rows not committed, or localStorage copies). */
  waiting(): Promise<string[]>;
}

export function writeAhead(
  db: AppDB = appDb(),
  local: LocalCopies = localCopies(),
  repo: AssessmentRepository = assessmentRepository(db, undefined, local),
  clock: () => number = Date.now,
): WriteAhead {
  // Ordered across sessions by the wall clock, strictly increasing within one.
  let last = 0;
  const nextSeq = () => (last = Math.max(clock(), last + 1));

  // Never throws into the keystroke handler, whatever the browser's storage does. A
  // failure here is met again by the commit that follows, which reports it; the
  // localStorage copy still holds the edit.
  const journal = journalWriter(db, (error) => console.warn('The write-ahead journal could not store an edit:', error));

  const record: WriteAhead['record'] = (assessmentId, change, by) => {
    const entry = { target: changeTarget(change), seq: nextSeq(), by, change };
    local.put(assessmentId, entry);
    journal.put({ assessmentId, ...entry, committed: false });
  };

  const settled: WriteAhead['settled'] = (assessmentId, change) => {
    const target = changeTarget(change);
    local.prune(assessmentId, (e) => e.target === target && sameChange(e.change, change));
  };

  // One replay per assessment at a time: a second caller (a remount) shares the first's result.
  const running = new Map<string, Promise<RecoveryResult>>();
  const recover: WriteAhead['recover'] = (assessmentId) => {
    const existing = running.get(assessmentId);
    if (existing) return existing;
    const promise = replay(assessmentId).finally(() => running.delete(assessmentId));
    running.set(assessmentId, promise);
    return promise;
  };

  const replay = async (assessmentId: string): Promise<RecoveryResult> => {
    const result: RecoveryResult = { recovered: 0, discarded: 0, missing: false, failure: null, held: [] };
    const [rows, exists] = await Promise.all([journalRows(db, assessmentId), repo.exists(assessmentId)]);
    const plan = planReplay(local.entries(assessmentId), rows);
    if (!exists) return { ...result, missing: plan.length > 0 };
    for (const entry of plan) {
      try {
        await repo.commit(assessmentId, entry.change, entry.by);
        result.recovered += 1;
      } catch (error) {
        if (storageFailure(error)) return { ...result, failure: error };
        if (error instanceof ChangeRefusedError) {
          // Kept as an uncommitted journal row, so it survives this session whichever copy it came from.
          await db.journal.put({ assessmentId, target: entry.target, seq: entry.seq, by: entry.by, change: entry.change, committed: false });
          result.held.push({ ...entry, code: error.code });
          continue;
        }
        console.warn(`An unsaved edit to ${assessmentId} could not be applied and is dropped:`, error);
        result.discarded += 1;
      }
      await db.journal.put({ assessmentId, target: entry.target, seq: entry.seq, by: entry.by, change: null, committed: true });
      local.prune(assessmentId, (e) => e.target === entry.target && e.seq <= entry.seq);
    }
    // What is left locally is older than the journal knows: stale, never replayed.
    local.forget(assessmentId);
    return result;
  };

  const release: WriteAhead['release'] = async (assessmentId, held) => {
    await db.transaction('rw', db.journal, async () => {
      for (const { target, seq } of held) {
        const row = await db.journal.get([assessmentId, target]);
        if (row && !row.committed && row.seq === seq) await db.journal.put({ ...row, change: null, committed: true });
      }
    });
    for (const { target, seq } of held) local.prune(assessmentId, (e) => e.target === target && e.seq <= seq);
  };

  const waiting: WriteAhead['waiting'] = async () => {
    const rows = await db.journal.filter((r) => !r.committed).toArray();
    return [...new Set([...rows.map((r) => r.assessmentId), ...local.assessmentsWithCopies()])];
  };

  return { record, settled, recover, release, unsettled: () => journal.pending(), waiting };
}

