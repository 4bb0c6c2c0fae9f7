import type { FullReport, ReportAction } from '../../domain/report/fullReport';
import { findingLabel, formatTimestamp, plural, severityText } from '../common';
import { coverLabels, type CoverLabels } from '../words';
import { isolate, isolateEach } from './bidi';
import { ACCENT, ALERT, BODY, INK, MUTED, PAGE, SMALL, type Heading, type Layout } from './layout';
import { drawTable } from './table';

/** `tool` names the program and version that made the report ("HRBA@Tech due diligence 0.1.0"), when the caller knows it. */
export function drawCover(layout: Layout, report: FullReport, tool?: string, words: CoverLabels = coverLabels()): void {
  const { meta } = report;
  layout.y = 40;
  layout.paragraph('HRBA@Tech human rights due diligence', { size: 11, color: MUTED, after: 4 });
  layout.paragraph(meta.title, { size: 22, bold: true, color: ACCENT, after: 8 });
  const field = (label: string, value: string) => layout.field(label, value, { size: 11, after: 1.5 });
  field(words.product, [meta.productName, meta.version].filter(Boolean).join(' '));
  field(words.organisation, meta.organisation || words.notGiven);
  field(words.mode, meta.mode);
  field(words.assessor, meta.assessor || words.notGiven);
  field(words.date, formatTimestamp(meta.generatedAt));
  // Provenance: when the data was made and last changed, and whether it can still change.
  field(words.created, formatTimestamp(meta.createdAt));
  field(words.lastChanged, formatTimestamp(meta.updatedAt));
  field(words.revision, meta.locked ? meta.revisionText : `${meta.revisionText}, not locked: the answers can still change`);
  if (tool) field(words.madeWith, tool);
  layout.space(5);
  layout.field(words.checklist, meta.checklist.title);
  layout.field(words.checklistVersion, `${meta.checklist.id} ${meta.checklist.version}`);
  layout.field(words.checklistHash, meta.checklist.contentHash, { size: SMALL });
  if (meta.description) {
    layout.space(6);
    layout.paragraph(isolateEach(meta.description));
  }
  layout.space(6);
  layout.paragraph(
    `${report.summary.percentAnswered}% of applicable questions answered. ${plural(report.summary.openFindings, 'open finding')}, ${plural(report.summary.redFlags.length, 'red flag')}.`,
    { bold: true },
  );
}

/** How many contents entries fit on one page. */
const CONTENTS_PER_PAGE = 44;

export const contentsEntries = (headings: readonly Heading[]) => headings.filter((h) => h.level <= 2);

export function contentsPages(headings: readonly Heading[]): number {
  return Math.max(1, Math.ceil(contentsEntries(headings).length / CONTENTS_PER_PAGE));
}

/**
 * Fills in the contents page(s) reserved after the cover, once every heading's
 * page is known. Each entry links to its page.
 */
export function drawContents(layout: Layout, headings: readonly Heading[], firstPage: number): void {
  const { doc } = layout;
  const entries = contentsEntries(headings);
  entries.forEach((entry, i) => {
    const page = firstPage + Math.floor(i / CONTENTS_PER_PAGE);
    doc.setPage(page);
    if (i % CONTENTS_PER_PAGE === 0) {
      layout.y = PAGE.top;
      layout.use(16, true, ACCENT);
      layout.draw(layout.sections.contents, layout.left, layout.baseline(layout.y, 16));
      layout.y += layout.lineHeight(16) + 4;
    }
    const indent = entry.level === 1 ? 0 : 6;
    const size = entry.level === 1 ? 10.5 : BODY;
    const lh = layout.lineHeight(size) + (entry.level === 1 ? 1.2 : 0.4);
    const number = String(entry.page);
    const room = layout.width - indent - layout.measure.width(` ${number}`, size, 'normal') - 4;
    const title = layout.wrap(entry.text, room, size, entry.level === 1)[0] ?? '';
    layout.use(size, entry.level === 1, INK);
    layout.draw(title, layout.left + indent, layout.baseline(layout.y, size));
    layout.use(size, false, INK);
    layout.draw(number, layout.left + layout.width, layout.baseline(layout.y, size), 'right');
    doc.link(layout.left, layout.y, layout.width, lh, { pageNumber: entry.page });
    layout.y += lh;
  });
}

const actionRows = (actions: readonly ReportAction[]) =>
  actions.map((a) => [
    a.description,
    a.owner || 'no owner',
    a.dueDate || 'no date',
    a.overdue ? { text: `${a.status}, OVERDUE`, bold: true, color: ALERT } : a.status,
  ]);

export const ACTION_SUMMARY_COLUMNS = [
  { header: 'Action', width: 9 },
  { header: 'Owner', width: 3.5 },
  { header: 'Due', width: 2.6 },
  { header: 'Status', width: 3 },
];

export function drawExecutiveSummary(layout: Layout, report: FullReport): void {
  const s = report.summary;
  layout.heading(layout.sections.summary, 1, { newPage: true });
  layout.paragraph(
    `This report covers ${isolate(report.meta.productName)}${report.meta.organisation ? ` (${isolate(report.meta.organisation)})` : ''}. ` +
      `${s.answered} of ${s.applicable} applicable questions are answered (${s.percentAnswered}%). ` +
      `They yield ${plural(s.findings, 'finding')}, of which ${s.openFindings} ${s.openFindings === 1 ? 'is' : 'are'} not resolved. ` +
      `The action plan has ${plural(report.actions.length, 'action')}; ${s.overdueActions} ${s.overdueActions === 1 ? 'is' : 'are'} overdue.`,
    { after: 3 },
  );

  layout.heading('Red flags', 2);
  if (s.redFlags.length === 0) layout.paragraph('No red flag is raised.');
  for (const f of s.redFlags) {
    layout.paragraph(`RED FLAG ${findingLabel(f, isolate)}`, { bold: true, color: ALERT, after: 0.5 });
    if (f.redFlagReason) layout.paragraph(isolateEach(f.redFlagReason), { indent: 4, after: 2 });
  }

  layout.heading('Salient risks', 2);
  if (s.salientRisks.length === 0) layout.paragraph('No unresolved finding.');
  else
    drawTable(
      layout,
      [
        { header: 'Rank', width: 1.4, align: 'right' },
        { header: 'Finding', width: 10 },
        { header: 'Severity', width: 2.4 },
        { header: 'Likelihood', width: 2.4 },
        { header: 'Status', width: 2.8 },
      ],
      s.salientRisks.map((f) => [
        String(f.rank),
        f.redFlag ? { text: `RED FLAG ${findingLabel(f, isolate)}`, bold: true, color: ALERT } : findingLabel(f, isolate),
        severityText(f),
        f.likelihood === null ? 'Not rated' : `${f.likelihood} of 4`,
        f.status,
      ]),
    );

  layout.heading('Completion', 2);
  layout.paragraph(report.completion.map((c) => `${c.stage}: ${c.answered} of ${c.applicable}`).join('   ·   '));

  layout.heading('Key actions', 2);
  if (s.keyActions.length === 0) layout.paragraph('No open action is overdue or tied to a salient risk.');
  else drawTable(layout, ACTION_SUMMARY_COLUMNS, actionRows(s.keyActions));
}

export function drawEasyRead(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.easyRead, 1, { newPage: true });
  layout.paragraph('This page says in plain words what the report found.', { size: 12, color: MUTED, after: 4 });
  for (const line of report.easyRead) layout.paragraph(line, { size: 13, after: 4 });
}
