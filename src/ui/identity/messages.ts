import type { IdentityErrorCode, VerifyReason } from '../../crypto/codes';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { AddIdentityError } from './identityActions';

/**
 * The screens' words for the crypto layer's codes. The crypto layer reports codes only; the
 * `hrba` command keeps its English words in src/crypto/messages.ts.
 */
const IDENTITY_ERROR_MESSAGES: Record<IdentityErrorCode, MessageDescriptor> = defineMessages({
  'wrong-passphrase': { defaultMessage: 'The passphrase is wrong for this file.', description: 'Identities: importing a PKCS#12 file failed' },
  'not-pkcs12': { defaultMessage: 'This is not a PKCS#12 file (.p12 or .pfx).', description: 'Identities: importing a PKCS#12 file failed' },
  'no-private-key': { defaultMessage: 'The file holds no private key, only certificates.', description: 'Identities: importing a PKCS#12 file failed' },
  'no-certificate': { defaultMessage: 'The file holds a private key but no certificate.', description: 'Identities: importing a PKCS#12 file failed' },
  'key-certificate-mismatch': {
    defaultMessage: 'The private key does not belong to any certificate in the file.',
    description: 'Identities: importing a PKCS#12 file failed',
  },
  'certificate-expired': { defaultMessage: 'The certificate has expired.', description: 'Identities: importing a PKCS#12 file failed' },
  'certificate-not-yet-valid': { defaultMessage: 'The certificate is not valid yet.', description: 'Identities: importing a PKCS#12 file failed' },
  'unsupported-algorithm': {
    defaultMessage: 'The key is of a kind this tool cannot sign with (it signs with RSA of 2048 bits or more, or ECDSA P-256).',
    description: 'Identities: importing a PKCS#12 file failed; RSA and ECDSA P-256 are key types, keep them',
  },
});

const ALREADY_STORED = defineMessages({
  text: { defaultMessage: 'This certificate is already one of your identities.', description: 'Identities: the same certificate was added twice; nothing was stored' },
});

/** Every reason an identity is not stored; nothing was stored in any of these cases. */
export function addIdentityErrorMessage(error: AddIdentityError): MessageDescriptor {
  return error === 'already-stored' ? ALREADY_STORED.text : IDENTITY_ERROR_MESSAGES[error];
}

/** Why a signature is not (fully) accepted, as the Verify screen says it. */
export const VERIFY_REASON_MESSAGES: Record<VerifyReason, MessageDescriptor> = defineMessages({
  'not-signed': { defaultMessage: 'The file carries no signature.', description: 'Verify: why a signature is not accepted' },
  malformed: {
    defaultMessage: 'The signature cannot be read; the file is damaged or was not signed by a standard tool.',
    description: 'Verify: why a signature is not accepted',
  },
  'digest-mismatch': { defaultMessage: 'The signed content has changed since it was signed.', description: 'Verify: why a signature is not accepted' },
  'signature-invalid': { defaultMessage: 'The signature does not match the signer’s certificate.', description: 'Verify: why a signature is not accepted' },
  'modified-after-signing': { defaultMessage: 'The file was changed after it was signed.', description: 'Verify: why a signature is not accepted' },
  'unsupported-algorithm': { defaultMessage: 'The signature uses an algorithm this tool does not check.', description: 'Verify: why a signature is not accepted' },
  'signer-certificate-missing': { defaultMessage: 'The signer’s certificate is not included.', description: 'Verify: why a signature is not accepted' },
  'certificate-untrusted': { defaultMessage: 'The signer’s certificate is not one you trust.', description: 'Verify: why a signature is not accepted' },
  'certificate-not-valid-at-signing-time': {
    defaultMessage: 'The signer’s certificate was not valid at the time of signing.',
    description: 'Verify: why a signature is not accepted',
  },
});
