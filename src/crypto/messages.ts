import type { IdentityErrorCode, VerifyReason } from './codes';

/** English words for the crypto layer's codes, shared by the CLI and the screens. */
export const IDENTITY_ERROR_TEXT: Record<IdentityErrorCode, string> = {
  'wrong-passphrase': 'The passphrase is wrong for this file.',
  'not-pkcs12': 'This is not a PKCS#12 file (.p12 or .pfx).',
  'no-private-key': 'The file holds no private key, only certificates.',
  'no-certificate': 'The file holds a private key but no certificate.',
  'key-certificate-mismatch': 'The private key does not belong to any certificate in the file.',
  'certificate-expired': 'The certificate has expired.',
  'certificate-not-yet-valid': 'The certificate is not valid yet.',
  'unsupported-algorithm': 'The key is of a kind this tool cannot sign with (it signs with RSA of 2048 bits or more, or ECDSA P-256).',
};

export const VERIFY_REASON_TEXT: Record<VerifyReason, string> = {
  'not-signed': 'The file carries no signature.',
  malformed: 'The signature cannot be read; the file is damaged or was not signed by a standard tool.',
  'digest-mismatch': 'The signed content has changed since it was signed.',
  'signature-invalid': 'The signature does not match the signer’s certificate.',
  'modified-after-signing': 'The file was changed after it was signed.',
  'unsupported-algorithm': 'The signature uses an algorithm this tool does not check.',
  'signer-certificate-missing': 'The signer’s certificate is not included.',
  'certificate-untrusted': 'The signer’s certificate is not one you trust.',
  'certificate-not-valid-at-signing-time': 'The signer’s certificate was not valid at the time of signing.',
};
