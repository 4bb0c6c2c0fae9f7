import type { FullReport } from '../domain/report/fullReport';
import { draftLine, revisionText } from './common';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';
import type { SectionTitles } from './words';
import { reportWords } from './reportWords';
import { html } from './html/escape';
import { documentStart } from './html/head';
import { STYLE, fields, isolate } from './html/parts';
import { auditSection, trailAnnex } from './html/audit';
import { checklistLanguageNote } from './html/languageNote';
import { actions, annex, answers, context, coverage, easyRead, findings, heatMapSection, methodology, profile, summary } from './html/sections';

export { escapeHtml } from './html/escape';

/** The sections in order, with the ids the contents list links to. */
const contents = (t: SectionTitles): { id: string; title: string }[] => [
  { id: 'summary', title: t.summary },
  { id: 'audit', title: t.audit },
  { id: 'easy-read', title: t.easyRead },
  { id: 'methodology', title: t.methodology },
  { id: 'profile', title: t.profile },
  { id: 'coverage', title: t.coverage },
  { id: 'heat-map', title: t.heatMap },
  { id: 'findings', title: t.findings },
  { id: 'answers', title: t.answers },
  { id: 'actions', title: t.actions },
  { id: 'tradeoffs', title: t.tradeoffs },
  { id: 'stakeholders', title: t.stakeholders },
  { id: 'benefits', title: t.benefits },
  { id: 'trail', title: t.trail },
  { id: 'annex', title: t.annex },
];

/**
 * The full report as one self-contained HTML file: the same content as the PDF,
 * with real headings, captioned tables and landmarks for screen readers (a
 * jsPDF PDF is not tagged). No script, no external resource; its own CSP says so.
 * It is worded in `language` (English when not given); the person's and the checklist's text stay as written.
 */
export function renderFullReportHtml(report: FullReport, options: { language?: LanguageState } = {}): string {
  const { meta } = report;
  const words = reportWords(options.language);
  const t = words.sections;
  const w = words.cover;
  const locale = options.language?.locale ?? 'en';
  const title = words.say(words.m.title, { product: meta.productName });
  const page = html`${documentStart({ title, style: STYLE, lang: locale, dir: LOCALES[locale].dir })}<header>
${meta.draft ? html`<p class="draft" role="note">${draftLine(report, options.language)}</p>\n` : ''}<p class="kicker">${words.say(words.m.kicker)}</p>
<h1>${words.rich(words.m.title, { product: isolate(meta.productName) })}</h1>
${fields([
  [w.product, [meta.productName, meta.version].filter(Boolean).join(' ')],
  [w.organisation, meta.organisation || w.notGiven],
  [w.mode, words.kind(meta.mode)],
  [w.assessor, meta.assessor || w.notGiven],
  [w.date, words.timestamp(meta.generatedAt)],
  [w.revision, revisionText(words, meta)],
  [w.reportId, meta.reportId],
  [w.checklist, `${meta.checklist.title} (${meta.checklist.id} ${meta.checklist.version})`],
  [w.checklistHash, html`<code>${meta.checklist.contentHash}</code>`],
])}${checklistLanguageNote(report, options.language)}${meta.description ? html`<p class="prose" dir="auto">${meta.description}</p>\n` : ''}</header>
<nav aria-labelledby="contents">
<h2 id="contents">${t.contents}</h2>
<ol>
${contents(t).filter((c) => (c.id !== 'audit' || report.audit) && (c.id !== 'trail' || report.trail)).map((c) =>
  c.id === 'answers'
    ? html`<li><a href="#answers">${c.title}</a><ol>${report.stages.map((s) => html`<li><a href="#stage-${s.id}">${words.stage(s.id)}</a></li>`)}</ol></li>\n`
    : html`<li><a href="#${c.id}">${c.title}</a></li>\n`,
)}</ol>
</nav>
<main>
${summary(report, words)}${auditSection(report, words)}${easyRead(report, words)}${methodology(report, words)}${profile(report, words)}${coverage(report, words)}${heatMapSection(report, words)}${findings(report, words)}${answers(report, words)}${actions(report, words)}${context(report, words)}${trailAnnex(report, words)}${annex(report, words)}</main>
<footer>
<p><strong>${words.say(words.m.hashLabel)}:</strong> <code>${meta.assessmentHash}</code></p>
${report.trail ? html`<p><strong>${words.say(words.m.trailHeadLabel)}:</strong> <code>${report.trail.head ?? words.say(words.m.noEvents)}</code></p>\n` : ''}
<p class="muted">${words.say(words.m.hashInstruction)}</p>
</footer>
</body>
</html>
`;
  return page.value;
}
