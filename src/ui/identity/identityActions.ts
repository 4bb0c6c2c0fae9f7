import type { SelfSignedForm, StoredIdentity } from '../../domain';
import type { Services } from '../../app/services';
import type { IdentityErrorCode } from '../../crypto/codes';
import type { Identity } from '../../crypto/identity';

/** Why an identity was not stored: one of the crypto layer's codes, or that the same certificate is already here. */
export type AddIdentityError = IdentityErrorCode | 'already-stored';
export type AddIdentityResult = { ok: true; identity: StoredIdentity } | { ok: false; error: AddIdentityError };

/** The crypto layer (pkijs, node-forge, @signpdf) loads on first use only, never with the first screen. */
export const loadCrypto = () => import('../../crypto');

async function store(services: Services, identity: Identity, source: StoredIdentity['source']): Promise<AddIdentityResult> {
  const existing = await services.identities.list();
  if (existing.some((e) => e.ok && e.identity.info.sha256Fingerprint === identity.info.sha256Fingerprint)) return { ok: false, error: 'already-stored' };
  const stored = await services.identities.add({
    id: services.newId(),
    source,
    addedAt: services.now().toISOString(),
    certificate: identity.certificate,
    chain: identity.chain,
    privateKey: identity.privateKey,
    info: identity.info,
  });
  return { ok: true, identity: stored };
}

/** Reads a PKCS#12 file; only its certificate(s) and a non-extractable key are kept, never the file or the passphrase. */
export async function importIdentityFile(services: Services, bytes: Uint8Array, passphrase: string): Promise<AddIdentityResult> {
  const crypto = await loadCrypto();
  const result = await crypto.importPkcs12(bytes, passphrase, { now: services.now() });
  return result.ok ? store(services, result.identity, 'pkcs12') : { ok: false, error: result.error };
}

export async function createIdentity(services: Services, form: SelfSignedForm): Promise<AddIdentityResult> {
  const crypto = await loadCrypto();
  const identity = await crypto.createSelfSignedIdentity({ ...form, now: services.now() });
  return store(services, identity, 'self-signed');
}

/** The identity as the crypto layer signs with it. */
export const signerOf = (stored: StoredIdentity): Identity => ({
  certificate: stored.certificate,
  chain: stored.chain,
  privateKey: stored.privateKey,
  info: stored.info,
});
