/**
 * The codes the crypto layer reports. No words here: the UI and the CLI turn
 * them into sentences (see ./messages). This module imports nothing, so screens
 * may import it statically without pulling the lazy crypto chunk.
 */
export const IDENTITY_ERROR_CODES = [
  'wrong-passphrase',
  'not-pkcs12',
  'no-private-key',
  'no-certificate',
  'key-certificate-mismatch',
  'certificate-expired',
  'certificate-not-yet-valid',
  'unsupported-algorithm',
] as const;
export type IdentityErrorCode = (typeof IDENTITY_ERROR_CODES)[number];

/**
 * Why a signature is not (fully) accepted. `valid` in a verification result is
 * about integrity only; trust and certificate dates are reported separately,
 * as pdfsig does.
 */
export const VERIFY_REASON_CODES = [
  /** No signature in the file at all. */
  'not-signed',
  /** The signature structure cannot be read (bad CMS, bad JWS, bad ByteRange). */
  'malformed',
  /** The signed bytes' digest differs from the one the signer signed. */
  'digest-mismatch',
  /** The signature value does not verify with the embedded certificate's key. */
  'signature-invalid',
  /** Bytes outside the signed ranges: the file was changed (or appended to) after signing. */
  'modified-after-signing',
  /** The signing algorithm or key type is not one this tool checks. */
  'unsupported-algorithm',
  /** No certificate for the signer is embedded. */
  'signer-certificate-missing',
  /** The certificate is neither trusted nor issued by a trusted certificate. */
  'certificate-untrusted',
  /** The claimed signing time is outside the certificate's validity. */
  'certificate-not-valid-at-signing-time',
] as const;
export type VerifyReason = (typeof VERIFY_REASON_CODES)[number];

export const KEY_ALGORITHMS = ['RSA-2048', 'ECDSA-P256'] as const;
/** What createSelfSignedIdentity makes. Imported identities may also be larger RSA keys (RSA-3072, RSA-4096). */
export type NewKeyAlgorithm = (typeof KEY_ALGORITHMS)[number];
