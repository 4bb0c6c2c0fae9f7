import { z } from 'zod';
import type { AssessmentChangeInput } from '../domain';

/**
 * What the app keeps in localStorage, outside IndexedDB: the synchronous copy of
 * unsaved edits (written before a keystroke's handler returns) and a marker of
 * which assessments the store held. Both must survive what IndexedDB may not: a
 * page torn down mid-transaction, a store Chromium reset after failed writes.
 * localStorage is not durable against a killed browser process (Chromium commits
 * it to disk seconds later), which is why the journal in IndexedDB backs it.
 */
export const WriteAheadEntrySchema = z.object({
  target: z.string(),
  seq: z.number(),
  by: z.string(),
  change: z.custom<AssessmentChangeInput>((v) => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string'),
});
export type WriteAheadEntry = z.infer<typeof WriteAheadEntrySchema>;

const StoreMarkerSchema = z.object({ ids: z.array(z.string()), at: z.string() });
export type StoreMarker = z.infer<typeof StoreMarkerSchema>;

const WAL_PREFIX = 'hrba.wal.';
const MARKER_KEY = 'hrba.store';

/** The subset of the Web Storage API used here, so Node tests can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

function browserStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage can be disabled by policy; reading the property then throws.
  }
  return memoryStorage();
}

function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes, reporting failure (a full storage) instead of throwing into a keystroke handler. */
function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export interface LocalCopies {
  entries(assessmentId: string): WriteAheadEntry[];
  /** Replaces the entry for the same target. Returns false when localStorage refused it. */
  put(assessmentId: string, entry: WriteAheadEntry): boolean;
  /** Drops the entries for which `drop` returns true. */
  prune(assessmentId: string, drop: (entry: WriteAheadEntry) => boolean): void;
  forget(assessmentId: string): void;
  /** Ids of assessments with copies waiting. */
  assessmentsWithCopies(): string[];
  marker(): StoreMarker | undefined;
  setMarker(ids: string[], at: string): void;
}

export function localCopies(storage: KeyValueStorage = browserStorage()): LocalCopies {
  const entries = (id: string): WriteAheadEntry[] => {
    const parsed = z.array(WriteAheadEntrySchema).safeParse(readJson(storage, WAL_PREFIX + id));
    return parsed.success ? parsed.data : [];
  };
  const save = (id: string, list: WriteAheadEntry[]) => {
    if (list.length === 0) {
      storage.removeItem(WAL_PREFIX + id);
      return true;
    }
    return writeJson(storage, WAL_PREFIX + id, list);
  };
  return {
    entries,
    put: (id, entry) => save(id, [...entries(id).filter((e) => e.target !== entry.target), entry]),
    prune: (id, drop) => {
      const list = entries(id);
      const kept = list.filter((e) => !drop(e));
      if (kept.length !== list.length) save(id, kept);
    },
    forget: (id) => storage.removeItem(WAL_PREFIX + id),
    assessmentsWithCopies: () => {
      const ids: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(WAL_PREFIX)) ids.push(key.slice(WAL_PREFIX.length));
      }
      return ids;
    },
    marker: () => {
      const parsed = StoreMarkerSchema.safeParse(readJson(storage, MARKER_KEY));
      return parsed.success ? parsed.data : undefined;
    },
    setMarker: (ids, at) => void writeJson(storage, MARKER_KEY, { ids: [...ids].sort(), at }),
  };
}
