import { z } from 'zod';
import { detail, refineProblem } from '../problems';

const base64url = z.string().refine((s) => /^[A-Za-z0-9_-]+$/.test(s), refineProblem(detail('base64-expected')));

/**
 * One signature of a `.hrba.json` package: a detached JWS in the flattened JSON
 * serialisation (RFC 7515 §7.2.2) without `payload`. What it covers, the
 * canonical JSON of the package without `signatures`, is defined in src/crypto.
 */
export const PackageSignatureSchema = z.strictObject({
  protected: base64url,
  signature: base64url,
});
export type PackageSignature = z.infer<typeof PackageSignatureSchema>;
