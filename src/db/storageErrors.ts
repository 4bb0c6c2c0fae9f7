/**
 * Why a read or write of the browser's storage failed, as a code the UI turns
 * into words. Dexie wraps the browser's DOMException (and an aborted transaction
 * wraps its cause), so the whole `inner` chain is searched, the most specific
 * reason first. `null`: not a storage failure (invalid data, a locked revision).
 */
export type StorageFailure = 'quota' | 'aborted' | 'closed' | 'newer-version' | 'unavailable' | 'unknown';

const BY_NAME: Record<string, StorageFailure> = {
  QuotaExceededError: 'quota',
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  VersionError: 'newer-version',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  OpenFailedError: 'unavailable',
  UnknownError: 'unknown',
  DataError: 'unknown',
  DataCloneError: 'unknown',
};
const PRIORITY: StorageFailure[] = ['quota', 'newer-version', 'closed', 'unknown', 'unavailable', 'aborted'];

export function storageFailure(error: unknown): StorageFailure | null {
  const found = new Set<StorageFailure>();
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const name = (e as { name?: unknown }).name;
    const code = typeof name === 'string' ? BY_NAME[name] : undefined;
    if (code) found.add(code);
    e = (e as { inner?: unknown }).inner;
  }
  return PRIORITY.find((p) => found.has(p)) ?? null;
}

/** The technical text, kept for the "details" fold of an error message. */
export function technicalDetail(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (typeof e === 'object') {
      const { name, message } = e as { name?: unknown; message?: unknown };
      parts.push(`${String(name ?? 'Error')}: ${String(message ?? '')}`);
      e = (e as { inner?: unknown }).inner;
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join(' ← ');
}
