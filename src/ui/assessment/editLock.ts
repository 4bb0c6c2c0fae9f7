import { useMemo, useSyncExternalStore } from 'react';

/**
 * One tab edits an assessment at a time (Web Locks API). Chosen over live merging
 * because every edit of this app is a whole-field write (an answer, a finding, the
 * subject): two tabs typing the same note can only be reconciled by asking, and a
 * lock makes the silent overwrite impossible without a merge screen per form.
 * The other tabs open read-only, follow the changes live, get editing back when
 * the editing tab closes, and can take over; the tab that loses the lock stops
 * writing at once and its unsaved edits are replayed by the new owner from the
 * write-ahead copies.
 *
 * `held`: this tab may write. `waiting`: asking. `elsewhere`: another tab edits.
 * `lost`: another tab took over from this one.
 */
export type EditLockState = 'waiting' | 'held' | 'elsewhere' | 'lost';

interface LockEntry {
  state: EditLockState;
  listeners: Set<() => void>;
  refs: number;
  closed: boolean;
  release: (() => void) | null;
  takeOver: () => void;
}

const entries = new Map<string, LockEntry>();

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

/** The Web Lock an assessment's editor holds; anything else that writes its edits takes it too. */
export const editLockName = (assessmentId: string) => `hrba-edit:${assessmentId}`;

function createEntry(assessmentId: string): LockEntry {
  const name = editLockName(assessmentId);
  const manager = locks();
  const entry: LockEntry = { state: manager ? 'waiting' : 'held', listeners: new Set(), refs: 0, closed: false, release: null, takeOver: () => undefined };
  const set = (state: EditLockState) => {
    entry.state = state;
    entry.listeners.forEach((l) => l());
  };
  // Holds the lock until this entry closes; a grant after closing is given back at once.
  const hold = (lock: Lock | null) => {
    if (!lock || entry.closed) return undefined;
    set('held');
    return new Promise<void>((resolve) => {
      entry.release = resolve;
    });
  };
  // Queue behind the other tab: granted when it closes or leaves the assessment.
  const queue = () => manager?.request(name, hold).catch(onLost);
  const onLost = () => {
    if (entry.closed) return;
    entry.release = null;
    set('lost');
    queue();
  };
  if (manager) {
    manager
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock) return hold(lock);
        if (!entry.closed) {
          set('elsewhere');
          queue();
        }
        return undefined;
      })
      .catch(onLost);
    entry.takeOver = () => void manager.request(name, { steal: true }, hold).catch(onLost);
  }
  return entry;
}

// A remount (React's strict mode, a route change within the assessment) keeps the lock:
// an entry closes only once nothing has used it for a moment.
function closeIfUnused(assessmentId: string, entry: LockEntry, delay: number) {
  setTimeout(() => {
    if (entry.refs > 0 || entry.closed) return;
    entry.closed = true;
    entry.release?.();
    if (entries.get(assessmentId) === entry) entries.delete(assessmentId);
  }, delay);
}

function entryFor(assessmentId: string): LockEntry {
  let entry = entries.get(assessmentId);
  if (!entry || entry.closed) {
    entry = createEntry(assessmentId);
    entries.set(assessmentId, entry);
    // Closed again if no component subscribes (a render React threw away).
    closeIfUnused(assessmentId, entry, 2000);
  }
  return entry;
}

export interface EditLock {
  state: EditLockState;
  /** Read at write time: false from the moment another tab takes over. */
  holds: () => boolean;
  takeOver: () => void;
}

export function useEditLock(assessmentId: string): EditLock {
  const store = useMemo(() => {
    const entry = entryFor(assessmentId);
    return {
      entry,
      subscribe: (listener: () => void) => {
        entry.refs += 1;
        entry.listeners.add(listener);
        return () => {
          entry.refs -= 1;
          entry.listeners.delete(listener);
          closeIfUnused(assessmentId, entry, 0);
        };
      },
    };
  }, [assessmentId]);
  const state = useSyncExternalStore(store.subscribe, () => store.entry.state);
  return useMemo(
    () => ({ state, holds: () => store.entry.state === 'held', takeOver: () => store.entry.takeOver() }),
    [state, store],
  );
}
