import { z } from 'zod';
import { matching } from '../problems';

/** HRBA@Tech's seven principles, in two pillars ("do no harm", "make the world a better place"). */
export const HRBA_PRINCIPLES = [
  'accountable',
  'secure',
  'non-discriminatory',
  'grounded-in-ihrl',
  'representation',
  'transparency',
  'empowerment',
] as const;
export const HrbaPrincipleSchema = z.enum(HRBA_PRINCIPLES);
export type HrbaPrinciple = z.infer<typeof HrbaPrincipleSchema>;

/** Privacy International's six principles for public-private partnerships. */
export const PI_PRINCIPLES = [
  'transparency',
  'adequate-procurement',
  'legality-necessity-proportionality',
  'accountability',
  'oversight',
  'redress',
] as const;
export const PiPrincipleSchema = z.enum(PI_PRINCIPLES);
export type PiPrinciple = z.infer<typeof PiPrincipleSchema>;

/**
 * Only safeguards 1 and 11 are verified by number and title in our sources;
 * every other PI reference must name the principle instead.
 */
export const PI_VERIFIED_SAFEGUARDS = ['S1', 'S11'] as const;

/** The seed documents the checklist is derived from, by stable key. */
export const SEED_DOCUMENTS = [
  'ohchr-2023-digital-divides',
  'ohchr-2022-covid-technologies',
  'hrc50-concept-note',
  'hr75-think-piece',
  'glion-ix-2023',
] as const;
export const SeedDocumentSchema = z.enum(SEED_DOCUMENTS);
export type SeedDocument = z.infer<typeof SeedDocumentSchema>;

const UngpNumber = matching(/^([1-9]|[12][0-9]|3[01])$/, '13', 'a UNGP is cited by its principle number, 1 to 31');

export const CitationSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('UNGP'), ref: UngpNumber }),
  z.strictObject({
    source: z.literal('PI'),
    ref: z.union([PiPrincipleSchema, z.enum(PI_VERIFIED_SAFEGUARDS)], {
      error: 'a PI citation names one of the six principles, or safeguard S1 or S11 (the only verified numbers)',
    }),
  }),
  z.strictObject({ source: z.literal('HRBA'), ref: HrbaPrincipleSchema }),
  z.strictObject({ source: z.literal('DOC'), doc: SeedDocumentSchema, ref: z.string().min(1) }),
]);
export type Citation = z.infer<typeof CitationSchema>;

/** A short stable key for a citation, used to de-duplicate and to look it up in the registry. */
export function citationKey(c: Citation): string {
  return c.source === 'DOC' ? `DOC:${c.doc}:${c.ref}` : `${c.source}:${c.ref}`;
}
