import { z } from 'zod';
import type { Citation } from './citations';
import type { SourcesRegistry } from './sources';

/**
 * Who is speaking in a cited passage. A panel report mixes voices: OHCHR's own
 * conclusions sit beside summaries of what one panellist or one State said, and
 * citing both as "OHCHR report, para. n" overstates the authority of the second.
 */
export const VOICES = [
  /** OHCHR's own conclusions and recommendations in a report. */
  'ohchr-conclusions',
  /** The High Commissioner's (or Deputy's) opening statement at a panel. */
  'high-commissioner-opening',
  /** Other opening statements (a Council President, a chair). */
  'opening-statement',
  /** A report's introduction: mandate, format, who took part. */
  'introduction',
  /** The summary of one panellist's presentation. */
  'panellist',
  /** States and organisations in the interactive discussion. */
  'discussion',
  /** Panellists' concluding remarks. */
  'concluding-remarks',
  /**
   * Closing remarks by whoever closes a panel (a Council President, an OHCHR division
   * director): they wrap up the meeting; they are not the report's conclusions.
   */
  'closing-remarks',
  /** OHCHR's concept note announcing a panel: the questions it poses, not conclusions. */
  'concept-note',
  /** A publication in OHCHR's name that is neither a report's conclusions nor a concept note. */
  'ohchr-publication',
  /** A discussion paper that poses questions rather than taking positions. */
  'think-piece',
  /** A report that represents no participant's position (e.g. the Glion dialogue reports). */
  'independent-report',
  /** A UN treaty body (a general comment, concluding observations or views). */
  'treaty-body',
] as const;
export const VoiceSchema = z.enum(VOICES);
export type Voice = z.infer<typeof VoiceSchema>;

/** A run of paragraphs in one voice, inclusive at both ends. */
export const VoiceRangeSchema = z.strictObject({
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  voice: VoiceSchema,
});
export type VoiceRange = z.infer<typeof VoiceRangeSchema>;

/**
 * The voice of a cited passage, from the registry: a paragraph's range, a section's voice,
 * or else the document's own voice. Principle sources (UNGP, PI, HRBA) have none; they are
 * cited by principle, not by passage. Undefined where the registry does not say.
 */
export function citationVoice(c: Citation, registry: SourcesRegistry): Voice | undefined {
  if (c.source !== 'DOC') return undefined;
  const doc = Object.hasOwn(registry.documents, c.doc) ? registry.documents[c.doc] : undefined;
  if (!doc) return undefined;
  if (doc.refStyle === 'paragraph') {
    const n = Number(/^\d+/.exec(c.ref)?.[0]);
    const range = doc.voices?.find((r) => n >= r.from && n <= r.to);
    if (range) return range.voice;
  } else if (doc.sectionVoices && Object.hasOwn(doc.sectionVoices, c.ref)) {
    return doc.sectionVoices[c.ref];
  }
  return doc.voice;
}

/**
 * Authoritative sources can carry a red flag on their own; supporting ones cannot.
 *
 * Authoritative: a UN Guiding Principle (endorsed by the Human Rights Council), a treaty
 * body, and OHCHR's own conclusions and recommendations. Everything else supports:
 * a panellist or a State speaks for itself; an opening statement or a concept note frames
 * a discussion rather than concluding it; Privacy International is an NGO and the HRBA@Tech
 * principles are a States-and-academia model, both cited for their framing; an independent
 * dialogue report says it represents no participant. An OHCHR publication other than a
 * report's conclusions supports too: whether it states the Office's position has to be read
 * document by document, so we do not grant it by label. A passage without a known voice
 * supports (never guess authority).
 */
export type CitationAuthority = 'authoritative' | 'supporting';

const AUTHORITATIVE_VOICES: ReadonlySet<Voice> = new Set<Voice>(['ohchr-conclusions', 'treaty-body']);

export function citationAuthority(c: Citation, registry: SourcesRegistry): CitationAuthority {
  if (c.source === 'UNGP') return 'authoritative';
  const voice = citationVoice(c, registry);
  return voice && AUTHORITATIVE_VOICES.has(voice) ? 'authoritative' : 'supporting';
}
