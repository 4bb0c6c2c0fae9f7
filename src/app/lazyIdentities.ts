import type { AppDB, IdentityRepository, TrustRepository } from '../db';

/**
 * Signing identities and trusted certificates are read on the signature, verify and
 * procurement screens, never on the first one: their code (and the certificate
 * schemas) loads on first use. Routes other than home wait for it (`loadIdentityCode`
 * in App.tsx) before they render, so a live query over `list()` reads directly: Dexie
 * follows the reads made inside a live query, not through a module import.
 */
type IdentityCode = typeof import('../db/identities');

let code: IdentityCode | null = null;
let loading: Promise<IdentityCode> | null = null;

export function loadIdentityCode(): Promise<IdentityCode> {
  loading ??= import('../db/identities').then((m) => (code = m));
  return loading;
}

/** Calls `method` on the repository at once when its code is here, else after loading it. */
function deferred<R extends object>(make: (code: IdentityCode) => R) {
  let repo: R | null = null;
  const get = () => (repo ??= code ? make(code) : null);
  return <A extends unknown[], T>(call: (r: R, ...args: A) => Promise<T>) =>
    (...args: A): Promise<T> => {
      const loaded = get();
      return loaded ? call(loaded, ...args) : loadIdentityCode().then(() => call(get()!, ...args));
    };
}

export function lazyIdentities(db: AppDB): IdentityRepository {
  const later = deferred((c) => c.identityRepository(db));
  return {
    list: later((r) => r.list()),
    get: later((r, id: string) => r.get(id)),
    add: later((r, identity: Parameters<IdentityRepository['add']>[0]) => r.add(identity)),
    remove: later((r, id: string) => r.remove(id)),
  };
}

export function lazyTrust(db: AppDB): TrustRepository {
  const later = deferred((c) => c.trustRepository(db));
  return {
    list: later((r) => r.list()),
    add: later((r, entry: Parameters<TrustRepository['add']>[0]) => r.add(entry)),
    remove: later((r, fingerprint: string) => r.remove(fingerprint)),
  };
}
