import type { LanguageState } from '../i18n/language';
import { draftWords } from './words';
import type { CitationParts } from '../domain';
import type { FullReport, ReportFinding } from '../domain/report/fullReport';
import { VOICE_WORDS, citationText } from '../words/citations';
import { sectionTitles } from './words';

/**
 * Words and small decisions both renderers share, so the PDF and the HTML report
 * read the same: section titles, short scale labels, heat-map bands.
 */
/** The section headings in English, the CLI's language and the default (words.ts has them in every language). */
export const SECTIONS = sectionTitles();

export const TRAIL_HEAD_LABEL = 'SHA-256 of the last event of the change trail (its head)';

export const HASH_LABEL = 'SHA-256 of the canonical assessment JSON';

/** How a reader recomputes the printed hash from the exported file, with a command that exists (`hrba hash`). */
export const HASH_INSTRUCTION = 'To check that this report was made from a .hrba.json file, run “hrba hash <file>.hrba.json” on the file exported with it: it prints this value (the SHA-256 of the canonical JSON, RFC 8785, of the file’s “assessment”, as the file holds it).';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Grave: harm to life…" → "Grave"; "Already happening, or almost certain" → "Already happening". */
export const shortAnchor = (anchor: string) => anchor.split(/[:,]/)[0]!.trim();

/** Severity levels 4..1 (rows, top to bottom) and likelihood levels 1..4 (columns), with short names. */
export function heatAxes(report: FullReport): { rows: { level: number; label: string }[]; columns: { level: number; label: string }[] } {
  const scale = report.methodology.scales[0]?.levels ?? [];
  const likelihood = report.methodology.scales[3]?.levels ?? [];
  return {
    rows: [4, 3, 2, 1].map((level) => ({ level, label: `${level} ${shortAnchor(scale[level - 1] ?? '')}`.trim() })),
    columns: [1, 2, 3, 4].map((level) => ({ level, label: `${level} ${shortAnchor(likelihood[level - 1] ?? '')}`.trim() })),
  };
}

/** Bands by severity + likelihood, the usual reading of a risk matrix; colour is never the only cue (counts are printed). */
export function heatBand(severity: number, likelihood: number): 'low' | 'medium' | 'high' | 'critical' {
  const sum = severity + likelihood;
  return sum >= 7 ? 'critical' : sum >= 6 ? 'high' : sum >= 4 ? 'medium' : 'low';
}

export const unratedText = (n: number) => `${plural(n, 'finding')} not yet rated`;

/** The undiluted level (the highest dimension), as the heat map places the finding. */
export function severityText(f: ReportFinding): string {
  return f.severityLevel === null ? 'Not rated' : `${f.severityLevel} of 4`;
}

export function severityDetail(f: ReportFinding): string {
  if ([f.scale, f.scope, f.irremediability, f.likelihood].every((n) => n === null)) return 'not yet rated';
  const v = (n: number | null) => (n === null ? 'not rated' : String(n));
  return `scale ${v(f.scale)}, scope ${v(f.scope)}, irremediability ${v(f.irremediability)}; likelihood ${v(f.likelihood)}`;
}

/**
 * How a person's words are set apart inside a composed line: the PDF passes its bidi isolate
 * (pdf/bidi.ts), so a right-to-left title cannot reorder the number or brackets around it.
 */
type Isolate = (text: string) => string;
const asIs: Isolate = (text) => text;

export const findingLabel = (f: ReportFinding, isolate: Isolate = asIs) => `${f.number}: ${isolate(f.title)}`;

/** Evidence as one line of text (the PDF prints links as their address). */
export const evidenceText = (e: { label: string; url: string }, isolate: Isolate = asIs) => (e.url ? `${isolate(e.label)} (${e.url})` : isolate(e.label));

/** "2026-11-22T14:05:09.000Z" → "2026-11-22 14:05 UTC". */
export const formatTimestamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function verificationText(verification: 'verified' | 'reference'): string {
  return verification === 'verified'
    ? 'Verified: seen in a copy of the source.'
    : 'Reference: standard reference knowledge, not checked against the primary text.';
}

/** "Partially conforms (by J. Auditor): comment", as both renderers print a reviewed answer. */
export const reviewText = (r: { verdict: string; comment: string; by: string }, isolate: Isolate = asIs) =>
  `${r.verdict}${r.by ? ` (by ${isolate(r.by)})` : ''}${r.comment ? `: ${isolate(r.comment)}` : ''}`;

/** "Test assessor, 2026-10-01 09:00 UTC": who last set an answer and when, as both renderers print it. */
export const answeredText = (a: { at: string; by: string }, isolate: Isolate = asIs) => `${a.by ? isolate(a.by) : 'name not recorded'}, ${formatTimestamp(a.at)}`;

/** What the trail annex says about the trail, in both renderers. */
export const TRAIL_EXPLANATION =
  'Every change to this assessment is an event in a hash chain: each event carries the SHA-256 of the one before, so editing, removing, reordering or inserting an event breaks the chain at that event. The trail travels in the .hrba.json file; “hrba verify” or the app\u2019s Verify screen recomputes it. The head hash below identifies the whole trail.';

/** The passages cited from one source, each with the source's short title (for a list of citations from many sources). */
export const passagesText = (cited: readonly CitationParts[]) => cited.map(citationText).join('; ');

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The passages cited from one source, as the sources annex lists them under the
 * source's title: the title is not repeated, and passages by the same voice go on
 * one line ("Summary of a panellist’s statement: paras 24, 31, 43"), so a reader
 * still sees who speaks in each. Principles go one to a line with their label.
 */
export function passagesUnderSource(cited: readonly CitationParts[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, { voice: string; refs: string[]; paragraphs: boolean }>();
  for (const c of cited) {
    if (c.kind === 'principle') {
      const name = c.source === 'UNGP' ? `Principle ${c.ref}` : capital(c.label ?? c.ref);
      lines.push(c.source === 'UNGP' && c.label ? `${name} — ${c.label}` : name);
      continue;
    }
    const voice = c.voice ? VOICE_WORDS[c.voice] : '';
    const key = `${c.refStyle} ${voice}`;
    const group = groups.get(key) ?? { voice, refs: [], paragraphs: c.refStyle === 'paragraph' };
    group.refs.push(c.refStyle === 'paragraph' ? c.ref : (c.heading ?? c.ref));
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const refs = g.paragraphs ? `${g.refs.length === 1 ? 'para.' : 'paras'} ${g.refs.join(', ')}` : g.refs.join('; ');
    lines.push(g.voice ? `${capital(g.voice)}: ${refs}` : capital(refs));
  }
  return lines;
}

export { GOOD_PRACTICE_WORDS } from '../words/citations';

/** What a draft report says at the top of every page: why it is a draft, in numbers. */
export function draftLine(report: FullReport, language?: LanguageState): string {
  const { answered, applicable } = report.summary;
  return draftWords({ answered, applicable, locked: report.meta.locked, revision: report.meta.revision }, language);
}
