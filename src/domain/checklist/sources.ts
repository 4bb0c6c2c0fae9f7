import { z } from 'zod';
import { matching } from '../problems';
import { SEED_DOCUMENTS, type Citation, citationKey } from './citations';
import { citationVoice, VoiceRangeSchema, VoiceSchema, type Voice } from './voices';

/**
 * How far a fact was checked: `verified` was seen in a copy of the source;
 * `reference` is standard reference knowledge not checked against the primary text.
 * The app and the reports print the difference; nothing unverified is shown as verified.
 */
export const VerificationSchema = z.enum(['verified', 'reference']);
export type Verification = z.infer<typeof VerificationSchema>;

export const SourceDocumentSchema = z.strictObject({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  body: z.string().min(1),
  date: matching(/^\d{4}(-\d{2}(-\d{2})?)?$/, '2011-06-16', 'a date is YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  identifier: z.string().optional(),
  verification: VerificationSchema,
  note: z.string().optional(),
  /** How a seed document is cited inside: numbered paragraphs, or named sections. */
  refStyle: z.enum(['principle', 'paragraph', 'section']),
  /** For `paragraph`: the highest paragraph number. */
  paragraphs: z.number().int().positive().optional(),
  /** For `section`: every valid section code with its heading. */
  sections: z.record(z.string(), z.string()).optional(),
  /** The voice of the whole document, where one voice speaks throughout (or as the fallback). */
  voice: VoiceSchema.optional(),
  /** For `paragraph`: who speaks in each run of paragraphs (see `citationVoice`). */
  voices: z.array(VoiceRangeSchema).optional(),
  /** For `section`: who speaks in a section, by section code. */
  sectionVoices: z.record(z.string(), VoiceSchema).optional(),
}).superRefine((doc, ctx) => {
  const ranges = [...(doc.voices ?? [])].sort((a, b) => a.from - b.from);
  if (ranges.length && doc.refStyle !== 'paragraph') ctx.addIssue({ code: 'custom', path: ['voices'], message: 'voices by paragraph range are for paragraph-style documents' });
  ranges.forEach((r, i) => {
    if (r.from > r.to) ctx.addIssue({ code: 'custom', path: ['voices'], message: `range ${r.from}–${r.to} runs backwards` });
    if (doc.paragraphs && r.to > doc.paragraphs) ctx.addIssue({ code: 'custom', path: ['voices'], message: `range ${r.from}–${r.to} goes past paragraph ${doc.paragraphs}` });
    const prev = ranges[i - 1];
    if (prev && r.from <= prev.to) ctx.addIssue({ code: 'custom', path: ['voices'], message: `ranges ${prev.from}–${prev.to} and ${r.from}–${r.to} overlap` });
  });
  for (const code of Object.keys(doc.sectionVoices ?? {})) {
    if (!doc.sections || !Object.hasOwn(doc.sections, code)) ctx.addIssue({ code: 'custom', path: ['sectionVoices', code], message: `"${code}" is not one of the document's sections` });
  }
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const RightSchema = z.strictObject({
  label: z.string().min(1),
  articles: z.array(z.strictObject({ instrument: z.string().min(1), article: z.string().min(1) })).min(1),
  verification: VerificationSchema,
});
export type Right = z.infer<typeof RightSchema>;

export const SourcesRegistrySchema = z.strictObject({
  formatVersion: z.literal(1),
  documents: z.record(z.string(), SourceDocumentSchema),
  /** Readable labels for principle-style refs, keyed `UNGP:17`, `PI:S1`, `HRBA:secure`. */
  refs: z.record(z.string(), z.strictObject({ label: z.string().min(1), verification: VerificationSchema })),
  rights: z.record(z.string(), RightSchema),
});
export type SourcesRegistry = z.infer<typeof SourcesRegistrySchema>;

const DOC_PARAGRAPH = /^(\d{1,3})(\([a-z]\))?$/;

/** Why a citation does not resolve in the registry, or null when it does. */
export function citationProblem(c: Citation, registry: SourcesRegistry): string | null {
  if (c.source !== 'DOC') {
    return Object.hasOwn(registry.refs, citationKey(c)) ? null : `${c.source} ${c.ref} is not in the sources registry`;
  }
  const doc = Object.hasOwn(registry.documents, c.doc) ? registry.documents[c.doc] : undefined;
  if (!doc) return `document ${c.doc} is not in the sources registry`;
  if (doc.refStyle === 'paragraph') {
    const m = DOC_PARAGRAPH.exec(c.ref);
    const n = m ? Number(m[1]) : NaN;
    if (!m || n < 1 || n > (doc.paragraphs ?? 0)) {
      return `${c.doc} is cited by paragraph number 1–${doc.paragraphs ?? 0} (e.g. "43" or "24(b)"), not "${c.ref}"`;
    }
    return null;
  }
  if (!doc.sections || !Object.hasOwn(doc.sections, c.ref)) {
    return `${c.doc} has no section "${c.ref}" (known: ${Object.keys(doc.sections ?? {}).join(', ')})`;
  }
  return null;
}

/**
 * A citation as the registry describes it: codes and registry data, no sentence. Renderers
 * (the app, the PDF and HTML reports) turn it into words through `citationText` in
 * src/words, so who speaks travels as a voice code, never as an English label.
 */
export type CitationParts =
  | {
      kind: 'principle';
      source: 'UNGP' | 'PI' | 'HRBA';
      ref: string;
      /** The registry's one-line label for the principle, where it has one. */
      label: string | null;
    }
  | {
      kind: 'passage';
      /** The registry key of the document, and its short title (the key where the registry lacks it). */
      doc: string;
      document: string;
      refStyle: 'paragraph' | 'section';
      ref: string;
      /** The section's heading, for section-style documents whose registry names it. */
      heading: string | null;
      /** Who speaks in the passage; null where the registry does not say. */
      voice: Voice | null;
    };

export function describeCitation(c: Citation, registry: SourcesRegistry): CitationParts {
  if (c.source !== 'DOC') {
    const label = Object.hasOwn(registry.refs, citationKey(c)) ? (registry.refs[citationKey(c)]?.label ?? null) : null;
    return { kind: 'principle', source: c.source, ref: c.ref, label };
  }
  const doc = Object.hasOwn(registry.documents, c.doc) ? registry.documents[c.doc] : undefined;
  const refStyle = doc?.refStyle === 'paragraph' ? 'paragraph' : 'section';
  const heading = doc?.sections && Object.hasOwn(doc.sections, c.ref) ? (doc.sections[c.ref] ?? null) : null;
  return { kind: 'passage', doc: c.doc, document: doc?.shortTitle ?? c.doc, refStyle, ref: c.ref, heading, voice: doc ? (citationVoice(c, registry) ?? null) : null };
}

/** The document a citation belongs to, keyed as in `registry.documents`. */
export function citationDocumentKey(c: Citation): string {
  return c.source === 'DOC' ? c.doc : c.source;
}

export const SEED_DOCUMENT_KEYS: readonly string[] = SEED_DOCUMENTS;
