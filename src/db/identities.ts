import {
  StoredIdentitySchema,
  TrustedCertificateSchema,
  formatZodIssues,
  type Problem,
  type StoredIdentity,
  type TrustedCertificate,
} from '../domain';
import { appDb, type AppDB } from './appDb';

/** A stored identity as read back: valid, or the reason it cannot be used (a damaged row is still listed, so it can be deleted). */
export type IdentityEntry = { ok: true; identity: StoredIdentity } | { ok: false; id: string; problems: Problem[] };

export interface IdentityRepository {
  list(): Promise<IdentityEntry[]>;
  get(id: string): Promise<StoredIdentity | undefined>;
  /** Validates before writing: an identity whose key could be exported, or with any extra field, is refused and nothing is stored. */
  add(identity: StoredIdentity): Promise<StoredIdentity>;
  remove(id: string): Promise<void>;
}

/**
 * Identities are stored whole by IndexedDB's structured clone: the CryptoKey
 * survives as an opaque handle that can sign in this browser profile and can
 * never be read back as bytes (it is non-extractable). Identities are not part of
 * backups: such a key cannot be written to a file, by design.
 */
export function identityRepository(db: AppDB = appDb()): IdentityRepository {
  const read = (row: unknown, id: string): IdentityEntry => {
    const parsed = StoredIdentitySchema.safeParse(row);
    return parsed.success ? { ok: true, identity: parsed.data } : { ok: false, id, problems: formatZodIssues(parsed.error.issues) };
  };
  return {
    async list() {
      const rows = await db.identities.orderBy('addedAt').toArray();
      return rows.map((r) => read(r, String((r as { id?: unknown }).id)));
    },
    async get(id) {
      const entry = read(await db.identities.get(id), id);
      return entry.ok ? entry.identity : undefined;
    },
    async add(identity) {
      const valid = StoredIdentitySchema.parse(identity);
      await db.identities.add(valid);
      return valid;
    },
    async remove(id) {
      await db.identities.delete(id);
    },
  };
}

export interface TrustRepository {
  list(): Promise<TrustedCertificate[]>;
  /** Adding a certificate already trusted keeps the first entry (and its date). */
  add(entry: TrustedCertificate): Promise<void>;
  remove(fingerprint: string): Promise<void>;
}

export function trustRepository(db: AppDB = appDb()): TrustRepository {
  return {
    async list() {
      const rows = await db.trustedCertificates.toArray();
      return rows.flatMap((r) => {
        const parsed = TrustedCertificateSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async add(entry) {
      const valid = TrustedCertificateSchema.parse(entry);
      await db.transaction('rw', db.trustedCertificates, async () => {
        if (!(await db.trustedCertificates.get(valid.fingerprint))) await db.trustedCertificates.add(valid);
      });
    },
    async remove(fingerprint) {
      await db.trustedCertificates.delete(fingerprint);
    },
  };
}
