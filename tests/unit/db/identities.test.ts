import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { AppDB, prepareDatabase, identityRepository, trustRepository } from '../../../src/db';
import { importPkcs12, signPackage, verifyPackage, type Identity } from '../../../src/crypto';
import { deleteAll, freshDb, RELEASED_STORES } from '../helpers/db';
import { openssl, pkcs12, read, selfSigned } from '../crypto/openssl';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });
afterEach(deleteAll);

const PASSPHRASE = 'a very particular passphrase';

async function opensslIdentity(name: string): Promise<{ identity: Identity; pkcs8: Uint8Array; p12: Uint8Array }> {
  const files = selfSigned(name, 'rsa:2048');
  const p12 = pkcs12(name, { ...files, passphrase: PASSPHRASE });
  openssl('pkcs8', '-topk8', '-nocrypt', '-in', files.key, '-outform', 'DER', '-out', `${name}.pk8`);
  const result = await importPkcs12(p12, PASSPHRASE);
  if (!result.ok) throw new Error(result.error);
  return { identity: result.identity, pkcs8: read(`${name}.pk8`), p12 };
}

const stored = (identity: Identity, id = 'id-1') => ({ id, source: 'pkcs12' as const, addedAt: '2026-03-01T09:00:00.000Z', ...identity });

/** Every byte sequence and string anywhere in a stored row, CryptoKeys excepted (they are opaque handles). */
function leaves(value: unknown, out: { bytes: Uint8Array[]; text: string[]; keys: CryptoKey[] } = { bytes: [], text: [], keys: [] }) {
  if (value instanceof CryptoKey) out.keys.push(value);
  else if (value instanceof Uint8Array) out.bytes.push(value);
  else if (typeof value === 'string') out.text.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  return out;
}

const contains = (haystack: Uint8Array, needle: Uint8Array) => {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

describe('identityRepository', () => {
  it('stores the key as a non-extractable CryptoKey that still signs after it is read back', async () => {
    const db = freshDb();
    const { identity } = await opensslIdentity('store-sign');
    await identityRepository(db).add(stored(identity));
    const back = await identityRepository(freshDbSame(db)).get('id-1');
    if (!back) throw new Error('not stored');
    expect(back.privateKey).toBeInstanceOf(CryptoKey);
    expect(back.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', back.privateKey)).rejects.toThrow();
    const signed = await signPackage({ kind: 'test', value: 1 }, back);
    expect((await verifyPackage(JSON.stringify(signed))).valid).toBe(true);
  });

  it('never stores the PKCS#12 file, its passphrase, or the key’s bytes', async () => {
    const db = freshDb();
    const { identity, pkcs8, p12 } = await opensslIdentity('no-secrets');
    await identityRepository(db).add(stored(identity));
    const row = await db.identities.get('id-1');
    expect(Object.keys(row ?? {}).sort()).toEqual(['addedAt', 'certificate', 'chain', 'id', 'info', 'privateKey', 'source']);
    const found = leaves(row);
    expect(found.keys).toHaveLength(1);
    // The RSA private exponent is the secret; it must not be in any stored byte string, nor in any text (PEM, base64, hex).
    const secret = pkcs8.subarray(pkcs8.length - 200, pkcs8.length - 100);
    for (const bytes of found.bytes) {
      expect(contains(bytes, secret)).toBe(false);
      expect(contains(bytes, p12.subarray(0, 64))).toBe(false);
    }
    const secretText = [Buffer.from(secret).toString('base64').slice(4, 40), Buffer.from(secret).toString('hex').slice(0, 40)];
    for (const text of found.text) {
      expect(text).not.toContain(PASSPHRASE);
      for (const s of secretText) expect(text.replace(/\s/g, '')).not.toContain(s);
      expect(text).not.toMatch(/PRIVATE KEY/);
    }
  });

  it('refuses an extractable key, or an extra field, and stores nothing', async () => {
    const db = freshDb();
    const repo = identityRepository(db);
    const { identity } = await opensslIdentity('refused');
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    await expect(repo.add(stored({ ...identity, privateKey: pair.privateKey }))).rejects.toThrow(/non-extractable/);
    await expect(repo.add({ ...stored(identity), passphrase: PASSPHRASE } as never)).rejects.toThrow();
    expect(await db.identities.count()).toBe(0);
  });

  it('lists a damaged row as unreadable instead of hiding it, and removes it', async () => {
    const db = freshDb();
    await db.identities.put({ id: 'broken', addedAt: '2026-03-01T09:00:00.000Z' } as never);
    const repo = identityRepository(db);
    expect(await repo.list()).toEqual([expect.objectContaining({ ok: false, id: 'broken' })]);
    await repo.remove('broken');
    expect(await repo.list()).toEqual([]);
  });
});

describe('trustRepository', () => {
  it('keeps one entry per fingerprint and forgets it on remove', async () => {
    const db = freshDb();
    const { identity } = await opensslIdentity('trusted');
    const repo = trustRepository(db);
    const entry = { fingerprint: identity.info.sha256Fingerprint, pem: identity.certificate.pem, info: identity.info, addedAt: '2026-03-01T09:00:00.000Z' };
    await repo.add(entry);
    await repo.add({ ...entry, addedAt: '2026-03-02T09:00:00.000Z' });
    expect(await repo.list()).toEqual([entry]);
    await repo.remove(entry.fingerprint);
    expect(await repo.list()).toEqual([]);
  });
});

/** A second connection to the same database, so the read really comes back through IndexedDB's structured clone. */
function freshDbSame(db: ReturnType<typeof freshDb>) {
  return new (db.constructor as new (name: string) => typeof db)(db.name);
}

describe('database version 6', () => {
  it('opens a version 5 database with its rows kept and empty identity and trust tables', async () => {
    const name = `v5-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores(RELEASED_STORES[5]);
    await old.table('settings').put({ key: 'backupReminderDays', value: 9 });
    old.close();
    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      expect(db.verno).toBeGreaterThanOrEqual(6);
      expect(await db.settings.get('backupReminderDays')).toEqual({ key: 'backupReminderDays', value: 9 });
      expect(await identityRepository(db).list()).toEqual([]);
      expect(await trustRepository(db).list()).toEqual([]);
    } finally {
      await db.delete();
    }
  });
});
