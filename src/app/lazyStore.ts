import { listReads, noteImportedIn } from '../db/listReads';
import type { AppDB, AssessmentRepository, LocalCopies, WriteAhead } from '../db';

/**
 * The home screen only lists assessments; reading a whole one, changing it and
 * hashing its trail needs the domain's schemas, the change code and SHA-256. That code
 * loads on first use, here, so the first screen carries none of it. The assessment
 * route waits for it (`loadStoreCode` in App.tsx) before it renders, so every read the
 * editor makes inside a Dexie live query is a direct one: a live query follows only
 * the reads made inside it, not through a module import.
 */
type StoreCode = { assessments: typeof import('../db/assessments'); writeAhead: typeof import('../db/writeAhead') };

let code: StoreCode | null = null;
let loading: Promise<StoreCode> | null = null;

export function loadStoreCode(): Promise<StoreCode> {
  loading ??= Promise.all([import('../db/assessments'), import('../db/writeAhead')]).then(([assessments, writeAhead]) => (code = { assessments, writeAhead }));
  return loading;
}

type AsyncMethod = Exclude<keyof AssessmentRepository, keyof ReturnType<typeof listReads> | 'noteImported'>;

/** The assessment repository: the list's reads at once, everything else once its code is here. */
export function lazyAssessments(db: AppDB, local: LocalCopies): AssessmentRepository {
  let full: AssessmentRepository | null = null;
  const repo = () => (full ??= code ? code.assessments.assessmentRepository(db, undefined, local) : null);
  const later = <K extends AsyncMethod>(key: K): AssessmentRepository[K] =>
    ((...args: Parameters<AssessmentRepository[K]>) => {
      const loaded = repo();
      const call = (r: AssessmentRepository) => (r[key] as (...a: typeof args) => unknown)(...args);
      return loaded ? call(loaded) : loadStoreCode().then(() => call(repo()!));
    }) as AssessmentRepository[K];
  return {
    ...listReads(db),
    noteImported: (id, replaced) => noteImportedIn(local, id, replaced),
    list: later('list'),
    get: later('get'),
    find: later('find'),
    exists: later('exists'),
    create: later('create'),
    commit: later('commit'),
    duplicate: later('duplicate'),
    importAssessment: later('importAssessment'),
    startRevision: later('startRevision'),
    remove: later('remove'),
    trail: later('trail'),
    exportTrail: later('exportTrail'),
  };
}

/**
 * The write-ahead journal, whose code loads with the store's. Its synchronous methods
 * serve the editor, which opens only after `recover` (asynchronous, so it loads the code)
 * has run: reaching them earlier is a programming error and says so, never a lost edit.
 */
export function lazyWriteAhead(db: AppDB, local: LocalCopies, assessments: AssessmentRepository): WriteAhead {
  let full: WriteAhead | null = null;
  const loaded = () => (full ??= code ? code.writeAhead.writeAhead(db, local, assessments) : null);
  const ready = async () => loaded() ?? (await loadStoreCode(), loaded()!);
  const now = () => {
    const w = loaded();
    if (!w) throw new Error('The write-ahead journal was used before its code loaded; the editor must wait for recovery.');
    return w;
  };
  return {
    record: (id, change, by) => now().record(id, change, by),
    // Nothing can be waiting before the code loads: nothing was recorded.
    settled: (id, change) => loaded()?.settled(id, change),
    unsettled: () => loaded()?.unsettled() ?? 0,
    recover: async (id) => (await ready()).recover(id),
    release: async (id, held) => (await ready()).release(id, held),
    waiting: async () => (await ready()).waiting(),
  };
}
