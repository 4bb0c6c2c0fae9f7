import { z } from 'zod';

export const NEW_KEY_ALGORITHMS = ['RSA-2048', 'ECDSA-P256'] as const;

/**
 * What a person types to make a self-signed identity. X.520 caps a common name
 * and an organisation at 64 characters; the email goes into the certificate as
 * an IA5String, so it must be plain ASCII.
 */
export const SelfSignedFormSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name as it should appear on signatures.').max(64, 'Use at most 64 characters.'),
  organisation: z.string().trim().max(64, 'Use at most 64 characters.'),
  email: z.union([z.literal(''), z.string().trim().regex(/^[\x21-\x7e]+@[\x21-\x7e]+\.[\x21-\x7e]+$/, 'Enter an email address such as name@example.org (letters without accents).').max(128)]),
  algorithm: z.enum(NEW_KEY_ALGORITHMS),
});
export type SelfSignedForm = z.infer<typeof SelfSignedFormSchema>;
