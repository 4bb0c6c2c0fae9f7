/**
 * Why a read or write of the browser's storage failed, as a code the UI turns
 * into words. Dexie wraps the browser's DOMException (and an aborted transaction
 * wraps its cause), so the whole `inner` chain is searched, the most specific
 * reason first. `null`: not a storage failure (invalid data, a locked revision).
 */
export type StorageFailure = 'quota' | 'aborted' | 'closed' | 'newer-version' | 'unavailable' | 'unknown';

const BY_NAME: Record<string, StorageFailure> = {
  QuotaExceededError: 'quota',
  VersionError: 'newer-version',
  // Dexie's: another connection (a newer version of the app in another tab) changed the database.
  VersionChangeError: 'newer-version',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  InvalidStateError: 'closed',
  UnknownError: 'unknown',
  DataError: 'unknown',
  DataCloneError: 'unknown',
  ConstraintError: 'unknown',
  ReadOnlyError: 'unknown',
  TimeoutError: 'unknown',
  NotFoundError: 'unknown',
  InvalidAccessError: 'unknown',
};
// Errors that wrap another: their own code counts only when nothing inside says more.
const WRAPPERS: Record<string, StorageFailure> = {
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  DatabaseClosedError: 'closed',
  OpenFailedError: 'unknown',
  // Dexie's bulk and modify errors carry their causes in `failures`, not `inner`.
  BulkError: 'unknown',
  ModifyError: 'unknown',
};

/** The error inside a wrapper: Dexie's `inner`, or the first of a bulk operation's `failures`. */
function innerOf(e: object): unknown {
  const { inner, failures } = e as { inner?: unknown; failures?: unknown };
  if (inner) return inner;
  return Array.isArray(failures) ? failures[0] : undefined;
}

export function storageFailure(error: unknown): StorageFailure | null {
  let wrapper: StorageFailure | null = null;
  let cause: StorageFailure | null = null;
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') {
      // The quota is the one reason worth naming whatever wraps or follows it.
      if (BY_NAME[name] && (cause === null || BY_NAME[name] === 'quota')) cause = BY_NAME[name];
      if (WRAPPERS[name]) wrapper ??= WRAPPERS[name];
    }
    e = innerOf(e);
  }
  return cause ?? wrapper;
}

/** The technical text, kept for the "details" fold of an error message. */
export function technicalDetail(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (typeof e === 'object') {
      const { name, message } = e as { name?: unknown; message?: unknown };
      parts.push(`${String(name ?? 'Error')}: ${String(message ?? '')}`);
      e = innerOf(e);
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(' ← ');
}
