import { IDENTITY_ERROR_TEXT } from '../../crypto/messages';
import type { AddIdentityError } from './identityActions';

/** Every reason an identity is not stored, in words; nothing was stored in any of these cases. */
export function addIdentityErrorText(error: AddIdentityError): string {
  if (error === 'already-stored') return 'This certificate is already one of your identities.';
  return IDENTITY_ERROR_TEXT[error];
}
