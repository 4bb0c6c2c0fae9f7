import type { FullReport } from '../domain/report/fullReport';
import { HASH_INSTRUCTION, HASH_LABEL, TRAIL_HEAD_LABEL, draftLine, formatTimestamp } from './common';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';
import { coverLabels, sectionTitles, type SectionTitles } from './words';
import { html } from './html/escape';
import { documentStart } from './html/head';
import { STYLE, fields } from './html/parts';
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
 * The section headings and cover labels are in `language` (English when not given); the rest is English for now.
 */
export function renderFullReportHtml(report: FullReport, options: { language?: LanguageState } = {}): string {
  const { meta } = report;
  const t = sectionTitles(options.language);
  const w = coverLabels(options.language);
  const locale = options.language?.locale ?? 'en';
  const page = html`${documentStart({ title: meta.title, style: STYLE, lang: locale, dir: LOCALES[locale].dir })}<header>
${meta.draft ? html`<p class="draft" role="note">${draftLine(report, options.language)}</p>\n` : ''}<p class="kicker">HRBA@Tech human rights due diligence</p>
<h1>${meta.title}</h1>
${fields([
  [w.product, [meta.productName, meta.version].filter(Boolean).join(' ')],
  [w.organisation, meta.organisation || w.notGiven],
  [w.mode, meta.mode],
  [w.assessor, meta.assessor || w.notGiven],
  [w.date, formatTimestamp(meta.generatedAt)],
  [w.revision, meta.revisionText],
  [w.reportId, meta.reportId],
  [w.checklist, `${meta.checklist.title} (${meta.checklist.id} ${meta.checklist.version})`],
  [w.checklistHash, html`<code>${meta.checklist.contentHash}</code>`],
])}${checklistLanguageNote(report, options.language)}${meta.description ? html`<p class="prose" dir="auto">${meta.description}</p>\n` : ''}</header>
<nav aria-labelledby="contents">
<h2 id="contents">${t.contents}</h2>
<ol>
${contents(t).filter((c) => (c.id !== 'audit' || report.audit) && (c.id !== 'trail' || report.trail)).map((c) =>
  c.id === 'answers'
    ? html`<li><a href="#answers">${c.title}</a><ol>${report.stages.map((s) => html`<li><a href="#stage-${s.id}">${s.title}</a></li>`)}</ol></li>\n`
    : html`<li><a href="#${c.id}">${c.title}</a></li>\n`,
)}</ol>
</nav>
<main>
${summary(report, t)}${auditSection(report, t)}${easyRead(report, t)}${methodology(report, t)}${profile(report, t)}${coverage(report, t)}${heatMapSection(report, t)}${findings(report, t)}${answers(report, t)}${actions(report, t)}${context(report, t)}${trailAnnex(report, t)}${annex(report, t)}</main>
<footer>
<p><strong>${HASH_LABEL}:</strong> <code>${meta.assessmentHash}</code></p>
${report.trail ? html`<p><strong>${TRAIL_HEAD_LABEL}:</strong> <code>${report.trail.head}</code></p>\n` : ''}
<p class="muted">${HASH_INSTRUCTION}</p>
</footer>
</body>
</html>
`;
  return page.value;
}
