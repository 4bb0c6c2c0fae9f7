import type { LanguageState } from '../i18n/language';
import { draftWords } from './words';
import type { CitationParts, ReviewVerdict } from '../domain';
import type { FullReport, ProfileAnswer, ReportFinding } from '../domain/report/fullReport';
import { VOICE_WORDS, citationText } from '../words/citations';
import { sectionTitles } from './words';
import { ENGLISH_WORDS, formatTimestamp, type ReportWords } from './reportWords';

/**
 * Small decisions and composed lines both renderers share, so the PDF and the HTML report
 * read the same; their words come from reportWords.ts in the report's language.
 */
/** The section headings in English, the CLI's language and the default (words.ts has them in every language). */
export const SECTIONS = sectionTitles();

/** The hash's label in English, as the CLI prints it (the reports word it in their language: reportWords). */
export const HASH_LABEL = ENGLISH_WORDS.say(ENGLISH_WORDS.m.hashLabel);

/** "3 findings": an English count, for the CLI and the decision report, which are English throughout. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Severity levels 4..1 (rows, top to bottom) and likelihood levels 1..4 (columns), with their short names. */
export function heatAxes(w: ReportWords): { rows: { level: number; label: string }[]; columns: { level: number; label: string }[] } {
  return {
    rows: [4, 3, 2, 1].map((level) => ({ level, label: w.say(w.m.heatLevel, { level, name: w.severityName(level) }) })),
    columns: [1, 2, 3, 4].map((level) => ({ level, label: w.say(w.m.heatLevel, { level, name: w.likelihoodName(level) }) })),
  };
}

/** Bands by severity + likelihood, the usual reading of a risk matrix; colour is never the only cue (counts are printed). */
export function heatBand(severity: number, likelihood: number): 'low' | 'medium' | 'high' | 'critical' {
  const sum = severity + likelihood;
  return sum >= 7 ? 'critical' : sum >= 6 ? 'high' : sum >= 4 ? 'medium' : 'low';
}

/**
 * How a person's words are set apart inside a composed line: the PDF passes its bidi isolate
 * (pdf/bidi.ts), so a right-to-left title cannot reorder the number or brackets around it.
 */
type Isolate = (text: string) => string;
const asIs: Isolate = (text) => text;

/** "CON-04: title", in the report's language. */
export const findingLabel = (w: ReportWords, f: Pick<ReportFinding, 'number' | 'title' | 'titleIsQuestion'>, isolate: Isolate = asIs) =>
  w.say(w.m.findingLabel, { number: f.number, title: isolate(w.findingTitle(f)) });

/** An action's findings by key: the findings they name (the key itself, untitled, for one no longer in the report). */
export const actionFindings = (report: FullReport, keys: readonly string[]) =>
  keys.map((key) => report.findings.find((f) => f.key === key) ?? { number: key, title: '', titleIsQuestion: false });

/** Evidence as one line of text (the PDF prints links as their address). */
export const evidenceText = (w: ReportWords, e: { label: string; url: string }, isolate: Isolate = asIs) =>
  e.url ? w.say(w.m.evidenceLink, { label: isolate(e.label), url: e.url }) : isolate(e.label);

export { formatTimestamp };

/** "Partially conforms (by J. Auditor): comment", as both renderers print a reviewed answer. */
export function reviewText(w: ReportWords, r: { verdict: ReviewVerdict; comment: string; by: string }, isolate: Isolate = asIs): string {
  const verdict = w.verdict(r.verdict);
  const text = r.by ? w.say(w.m.reviewBy, { verdict, by: isolate(r.by) }) : verdict;
  return r.comment ? w.say(w.m.withComment, { text, comment: isolate(r.comment) }) : text;
}

/** "Test assessor, 2026-10-01 09:00 UTC": who last set an answer and when, as both renderers print it. */
export const answeredText = (w: ReportWords, a: { at: string; by: string }, isolate: Isolate = asIs) =>
  w.say(w.m.answeredByLine, { by: a.by ? isolate(a.by) : w.say(w.m.nameNotRecorded), at: w.timestamp(a.at) });

/** "2 (follows revision 1, sha256:…) locked 2026-11-22 10:00 UTC": the revision as the cover prints it. */
export function revisionText(w: ReportWords, meta: FullReport['meta']): string {
  const parts = [String(meta.revision)];
  if (meta.parent) parts.push(w.say(w.m.revisionFollows, { parent: meta.parent.number, hash: meta.parent.hash ?? '', hasHash: meta.parent.hash ? 'yes' : 'no' }));
  if (meta.lockedAt) parts.push(w.say(w.m.revisionLocked, { at: w.timestamp(meta.lockedAt) }));
  return parts.join(' ');
}

/** The values of the executive summary's first paragraph; `name` sets the product's and organisation's names apart. */
export function summaryIntroValues<T>(report: FullReport, name: (text: string) => T) {
  const s = report.summary;
  return {
    product: name(report.meta.productName),
    organisation: name(report.meta.organisation),
    withOrganisation: report.meta.organisation ? 'yes' : 'no',
    answered: s.answered,
    applicable: s.applicable,
    share: s.percentAnswered / 100,
    findings: s.findings,
    open: s.openFindings,
    actions: report.actions.length,
    overdue: s.overdueActions,
  };
}

/** The easy-read page's sentences, from its numbers. */
export function easyReadLines(w: ReportWords, report: FullReport, isolate: Isolate = asIs): string[] {
  const e = report.easyRead;
  const first = report.findings.find((f) => f.key === e.firstToFix);
  const lines = [
    w.say(w.m.easyChecked, { product: isolate(e.productName) }),
    w.say(w.m.easyQuestions, { applicable: e.applicable, answered: e.answered }),
    w.say(w.m.easyOpen, { open: e.open }),
  ];
  if (e.redFlags > 0) lines.push(w.say(w.m.easyFlags, { flags: e.redFlags }));
  if (first) lines.push(w.say(w.m.easyFirst, { title: isolate(w.findingTitle(first)) }));
  lines.push(w.say(w.m.easyActions, { actions: e.actions }));
  lines.push(w.say(w.m.easyPeople, { people: e.stakeholders }));
  return lines;
}

/** A profile question's answer: the options chosen (the checklist's words), or yes, no, none, not answered. */
export function profileAnswerText(w: ReportWords, answer: ProfileAnswer): string {
  switch (answer.kind) {
    case 'chosen':
      return answer.options.join('; ');
    case 'none':
      return w.say(w.m.noneOfThese);
    case 'not-answered':
      return w.say(w.m.notAnswered);
    default:
      return w.answer(answer.kind);
  }
}

/** What the trail annex says of the chain: intact, or which event broke and how. */
export function trailStatus(w: ReportWords, trail: NonNullable<FullReport['trail']>): string {
  return trail.verdict.ok ? w.say(w.m.intact, { count: trail.count }) : w.say(w.m.broken, { seq: trail.verdict.seq, problem: w.trailProblem(trail.verdict.problem) });
}

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
