import type { CitationParts, Voice } from '../domain';

/**
 * English words for citations, shared by every renderer (the app's item cards, the PDF and
 * the HTML report), so a citation reads the same everywhere. The domain and the report
 * model carry voice codes; only this catalogue names them.
 */

/**
 * How a voice is named beside a citation, so a reader can weigh it: "OHCHR report …:
 * summary of a panellist's statement, para. 43" rather than "OHCHR report …, para. 43".
 */
export const VOICE_WORDS: Record<Voice, string> = {
  'ohchr-conclusions': 'OHCHR conclusions',
  'high-commissioner-opening': 'High Commissioner’s opening statement',
  'opening-statement': 'opening statement',
  introduction: 'introduction',
  panellist: 'summary of a panellist’s statement',
  discussion: 'summary of the interactive discussion (States and organisations)',
  'concluding-remarks': 'panellists’ concluding remarks',
  'closing-remarks': 'closing remarks',
  'concept-note': 'concept note (questions for a panel, not conclusions)',
  'ohchr-publication': 'OHCHR publication',
  'think-piece': 'think piece (questions, not positions)',
  'independent-report': 'independent dialogue report; not an agreed position',
  'treaty-body': 'treaty body',
};

const PRINCIPLE_SOURCE_WORDS: Record<'UNGP' | 'PI' | 'HRBA', string> = {
  UNGP: 'UNGP',
  PI: 'Privacy International',
  HRBA: 'HRBA@Tech',
};

/**
 * "UNGP 17 — human rights due diligence", "OHCHR report on digital divides (2023): summary of
 * a panellist's statement, para. 43", "Glion IX report (2023), Part 1 (independent dialogue
 * report; not an agreed position)".
 */
export function citationText(c: CitationParts): string {
  if (c.kind === 'principle') {
    const source = PRINCIPLE_SOURCE_WORDS[c.source];
    // A UNGP is named by its number; PI and HRBA principles by their label.
    if (c.source === 'UNGP') return c.label ? `${source} ${c.ref} — ${c.label}` : `${source} ${c.ref}`;
    return c.label ? `${source} — ${c.label}` : `${source} ${c.ref}`;
  }
  // Who speaks is part of the label: a panellist's view must not read as the Office's.
  const voice = c.voice ? VOICE_WORDS[c.voice] : null;
  if (c.refStyle === 'paragraph') return voice ? `${c.document}: ${voice}, para. ${c.ref}` : `${c.document}, para. ${c.ref}`;
  const place = `${c.document}, ${c.heading ?? c.ref}`;
  return voice ? `${place} (${voice})` : place;
}

/** Heading and lead-in for good-practice notes, wherever citations are shown. */
export const GOOD_PRACTICE_WORDS = {
  label: 'Good practice, not found in the sources',
  heading: 'Good practice not found in the sources',
  intro:
    'These questions ask for measures that the cited sources do not prescribe. They are good practice, said here in the tool’s own words, not requirements found in the sources.',
} as const;
