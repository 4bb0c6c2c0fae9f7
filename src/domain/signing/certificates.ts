import { z } from 'zod';
import { matching, detail } from '../problems';

/** What a person is shown about a certificate. Dates are ISO 8601 (UTC); the fingerprint is lowercase hex. */
export const CertificateInfoSchema = z.strictObject({
  subject: z.string(),
  commonName: z.string(),
  organisation: z.string(),
  email: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  sha256Fingerprint: matching(/^[0-9a-f]{64}$/, detail('hex-digits', { digits: 64, prefix: 'none' })),
  /** `RSA-<bits>` or `ECDSA-P256` (the key types this tool signs and verifies with), else `other`. */
  algorithm: matching(/^(RSA-\d+|ECDSA-P256|other)$/, 'RSA-2048'),
  selfSigned: z.boolean(),
});
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

/** Bytes read back from IndexedDB may come from another realm (a test DOM), so no `instanceof`. */
const isBytes = (value: unknown): value is Uint8Array => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';

/** A certificate as DER bytes and as PEM text (what "export certificate" saves). */
export const CertificateFileSchema = z.strictObject({
  der: z.custom<Uint8Array>(isBytes, 'expected DER bytes'),
  pem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
});
export type CertificateFile = z.infer<typeof CertificateFileSchema>;

/**
 * A private key as WebCrypto holds it. Only a NON-EXTRACTABLE signing key is
 * accepted, so a stored identity can never hand its key's bytes to anyone.
 */
const PrivateKeySchema = z.custom<CryptoKey>(
  (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey && value.type === 'private' && !value.extractable,
  'expected a non-extractable private key',
);

/**
 * A signing identity as this device keeps it: the certificate (and the ones
 * that issued it) and a non-extractable WebCrypto key. Never the PKCS#12 file,
 * its passphrase, or a key's bytes: the shape is strict, so nothing else fits.
 */
export const StoredIdentitySchema = z.strictObject({
  id: z.string().min(1),
  /** How the identity was made: imported from a PKCS#12 file, or created here (self-signed). */
  source: z.enum(['pkcs12', 'self-signed']),
  addedAt: z.iso.datetime(),
  certificate: CertificateFileSchema,
  chain: z.array(CertificateFileSchema).max(20),
  privateKey: PrivateKeySchema,
  info: CertificateInfoSchema,
});
export type StoredIdentity = z.infer<typeof StoredIdentitySchema>;

/** A certificate the person said they trust: signatures by it (or by a certificate it issued) count as trusted. */
export const TrustedCertificateSchema = z.strictObject({
  fingerprint: matching(/^[0-9a-f]{64}$/, detail('hex-digits', { digits: 64, prefix: 'none' })),
  pem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  info: CertificateInfoSchema,
  addedAt: z.iso.datetime(),
});
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>;
