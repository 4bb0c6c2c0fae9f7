import { z } from 'zod';
import { detail, refineProblem } from '../problems';

export const NEW_KEY_ALGORITHMS = ['RSA-2048', 'ECDSA-P256'] as const;

/**
 * What a person types to make a self-signed identity. X.520 caps a common name
 * and an organisation at 64 characters; the email goes into the certificate as
 * an IA5String, so it must be plain ASCII.
 */
export const SelfSignedFormSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .max(64)
    .refine((name) => name !== '', refineProblem(detail('missing', { what: 'signer-name' }))),
  organisation: z.string().trim().max(64),
  email: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(128)
      .refine((email) => /^[\x21-\x7e]+@[\x21-\x7e]+\.[\x21-\x7e]+$/.test(email), refineProblem(detail('email-not-ascii'))),
  ]),
  algorithm: z.enum(NEW_KEY_ALGORITHMS),
});
export type SelfSignedForm = z.infer<typeof SelfSignedFormSchema>;
