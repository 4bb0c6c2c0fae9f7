import type { FullReport } from '../domain/report/fullReport';
import { HASH_INSTRUCTION, HASH_LABEL, SECTIONS, TRAIL_HEAD_LABEL, draftLine, formatTimestamp } from './common';
import { html } from './html/escape';
import { documentStart } from './html/head';
import { STYLE, fields } from './html/parts';
import { auditSection, trailAnnex } from './html/audit';
import { actions, annex, answers, context, coverage, easyRead, findings, heatMapSection, methodology, profile, summary } from './html/sections';

export { escapeHtml } from './html/escape';

/** The sections in order, with the ids the contents list links to. */
const CONTENTS: { id: string; title: string }[] = [
  { id: 'summary', title: SECTIONS.summary },
  { id: 'audit', title: SECTIONS.audit },
  { id: 'easy-read', title: SECTIONS.easyRead },
  { id: 'methodology', title: SECTIONS.methodology },
  { id: 'profile', title: SECTIONS.profile },
  { id: 'coverage', title: SECTIONS.coverage },
  { id: 'heat-map', title: SECTIONS.heatMap },
  { id: 'findings', title: SECTIONS.findings },
  { id: 'answers', title: SECTIONS.answers },
  { id: 'actions', title: SECTIONS.actions },
  { id: 'tradeoffs', title: SECTIONS.tradeoffs },
  { id: 'stakeholders', title: SECTIONS.stakeholders },
  { id: 'benefits', title: SECTIONS.benefits },
  { id: 'trail', title: SECTIONS.trail },
  { id: 'annex', title: SECTIONS.annex },
];

/**
 * The full report as one self-contained HTML file: the same content as the PDF,
 * with real headings, captioned tables and landmarks for screen readers (a
 * jsPDF PDF is not tagged). No script, no external resource; its own CSP says so.
 */
export function renderFullReportHtml(report: FullReport): string {
  const { meta } = report;
  const page = html`${documentStart({ title: meta.title, style: STYLE })}<header>
${meta.draft ? html`<p class="draft" role="note">${draftLine(report)}</p>\n` : ''}<p class="kicker">HRBA@Tech human rights due diligence</p>
<h1>${meta.title}</h1>
${fields([
  ['Product', [meta.productName, meta.version].filter(Boolean).join(' ')],
  ['Organisation', meta.organisation || 'not given'],
  ['Assessment type', meta.mode],
  ['Assessor', meta.assessor || 'not given'],
  ['Date', formatTimestamp(meta.generatedAt)],
  ['Revision', meta.revisionText],
  ['Report id', meta.reportId],
  ['Checklist', `${meta.checklist.title} (${meta.checklist.id} ${meta.checklist.version})`],
  ['Checklist content hash', html`<code>${meta.checklist.contentHash}</code>`],
])}${meta.description ? html`<p class="prose" dir="auto">${meta.description}</p>\n` : ''}</header>
<nav aria-labelledby="contents">
<h2 id="contents">${SECTIONS.contents}</h2>
<ol>
${CONTENTS.filter((c) => (c.id !== 'audit' || report.audit) && (c.id !== 'trail' || report.trail)).map((c) =>
  c.id === 'answers'
    ? html`<li><a href="#answers">${c.title}</a><ol>${report.stages.map((s) => html`<li><a href="#stage-${s.id}">${s.title}</a></li>`)}</ol></li>\n`
    : html`<li><a href="#${c.id}">${c.title}</a></li>\n`,
)}</ol>
</nav>
<main>
${summary(report)}${auditSection(report)}${easyRead(report)}${methodology(report)}${profile(report)}${coverage(report)}${heatMapSection(report)}${findings(report)}${answers(report)}${actions(report)}${context(report)}${trailAnnex(report)}${annex(report)}</main>
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
