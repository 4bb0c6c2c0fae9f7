import type { IdentityErrorCode } from './codes';
import type { CertificateFile, CertificateInfo } from './certificate';

/**
 * A signer: a certificate, the certificates that issued it, and its private key.
 *
 * Storage (decided here, done in src/db): the whole object may be stored as it
 * is in IndexedDB. Everything in it survives structured cloning, and the key is
 * a NON-EXTRACTABLE WebCrypto CryptoKey: the browser stores it as an opaque
 * handle, and no code (ours included) can ever read its bytes back, export it or
 * send it anywhere; it can only sign in this browser profile. The PKCS#12 file
 * and its passphrase are never kept. Clearing site data deletes the key; the
 * person re-imports the .p12 file or makes a new identity.
 */
export interface Identity {
  certificate: CertificateFile;
  /** Issuing certificates that came with it (PKCS#12), end-entity excluded; empty when self-signed. */
  chain: CertificateFile[];
  privateKey: CryptoKey;
  info: CertificateInfo;
}

export type IdentityResult = { ok: true; identity: Identity } | { ok: false; error: IdentityErrorCode };

/** Certificates of an identity, signer first: what the CMS embeds and the JWS `x5c` lists. */
export const certificatePath = (identity: Identity): Uint8Array[] => [identity.certificate.der, ...identity.chain.map((c) => c.der)];

/** The checks every identity passes before it can sign, at this moment. */
export function validityError(info: CertificateInfo, now: Date): IdentityErrorCode | null {
  if (now.getTime() < Date.parse(info.notBefore)) return 'certificate-not-yet-valid';
  if (now.getTime() > Date.parse(info.notAfter)) return 'certificate-expired';
  return null;
}
