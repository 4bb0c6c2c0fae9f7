import type { FullReport, ReportAction, ReportFinding } from '../../domain/report/fullReport';
import { easyReadLines, findingLabel, revisionText, summaryIntroValues } from '../common';
import type { ReportWords } from '../reportWords';
import { isolate, isolateEach } from './bidi';
import { ACCENT, ALERT, BODY, INK, MUTED, PAGE, SMALL, type Heading, type Layout } from './layout';
import { drawTable } from './table';

/** `tool` names the program and version that made the report ("HRBA@Tech due diligence 0.1.0"), when the caller knows it. */
export function drawCover(layout: Layout, report: FullReport, w: ReportWords, tool?: string): void {
  const { meta } = report;
  const words = w.cover;
  layout.y = 40;
  layout.paragraph(w.say(w.m.kicker), { size: 11, color: MUTED, after: 4 });
  layout.paragraph(w.say(w.m.title, { product: named(w)(meta.productName) }), { size: 22, bold: true, color: ACCENT, after: 8 });
  const field = (label: string, value: string) => layout.field(label, value, { size: 11, after: 1.5 });
  field(words.product, [meta.productName, meta.version].filter(Boolean).join(' '));
  field(words.organisation, meta.organisation || words.notGiven);
  field(words.mode, w.kind(meta.mode));
  field(words.assessor, meta.assessor || words.notGiven);
  field(words.date, w.timestamp(meta.generatedAt));
  // Provenance: when the data was made and last changed, and whether it can still change.
  field(words.created, w.timestamp(meta.createdAt));
  field(words.lastChanged, w.timestamp(meta.updatedAt));
  const revision = revisionText(w, meta);
  field(words.revision, meta.locked ? revision : w.say(w.m.notLocked, { revision }));
  if (tool) field(words.madeWith, tool);
  layout.space(5);
  layout.field(words.checklist, meta.checklist.title);
  layout.field(words.checklistVersion, `${meta.checklist.id} ${meta.checklist.version}`);
  layout.field(words.checklistHash, meta.checklist.contentHash, { size: SMALL });
  if (meta.description) {
    layout.space(6);
    layout.paragraph(isolateEach(meta.description, w.dir));
  }
  layout.space(6);
  layout.paragraph(
    w.say(w.m.coverSummary, { share: report.summary.percentAnswered / 100, open: report.summary.openFindings, flags: report.summary.redFlags.length }),
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

/** A person's text set apart inside a sentence in the report's language (every name is isolated in a right-to-left one). */
export const named = (w: ReportWords) => (text: string) => isolate(text, w.dir);

/** An action's status, with the OVERDUE mark in bold red when it is overdue. */
export const actionStatusCell = (w: ReportWords, a: ReportAction) =>
  a.overdue ? { text: w.say(w.m.statusOverdue, { status: w.actionStatus(a.status), overdue: w.say(w.m.overdue) }), bold: true, color: ALERT } : w.actionStatus(a.status);

const actionRows = (w: ReportWords, actions: readonly ReportAction[]) =>
  actions.map((a) => [a.description, a.owner || w.say(w.m.noOwner), a.dueDate ? w.day(a.dueDate) : w.say(w.m.noDate), actionStatusCell(w, a)]);

export const actionSummaryColumns = (w: ReportWords) => [
  { header: w.say(w.m.action), width: 9 },
  { header: w.say(w.m.owner), width: 3.5 },
  { header: w.say(w.m.due), width: 2.6 },
  { header: w.say(w.m.status), width: 3 },
];

/** A finding's label, marked RED FLAG (bold, red) when it is one. */
export const flaggedCell = (w: ReportWords, f: ReportFinding) =>
  f.redFlag ? { text: `${w.say(w.m.redFlag)} ${findingLabel(w, f, named(w))}`, bold: true, color: ALERT } : findingLabel(w, f, named(w));

export function drawExecutiveSummary(layout: Layout, report: FullReport, w: ReportWords): void {
  const s = report.summary;
  layout.heading(layout.sections.summary, 1, { newPage: true });
  layout.paragraph(
    w.say(w.m.summaryIntro, summaryIntroValues(report, named(w))),
    { after: 3 },
  );

  layout.heading(w.say(w.m.redFlags), 2);
  if (s.redFlags.length === 0) layout.paragraph(w.say(w.m.noRedFlag));
  for (const f of s.redFlags) {
    layout.paragraph(`${w.say(w.m.redFlag)} ${findingLabel(w, f, named(w))}`, { bold: true, color: ALERT, after: 0.5 });
    if (f.redFlagReason) layout.paragraph(isolateEach(f.redFlagReason, w.dir), { indent: 4, after: 2 });
  }

  layout.heading(w.say(w.m.salientRisks), 2);
  if (s.salientRisks.length === 0) layout.paragraph(w.say(w.m.noUnresolved));
  else
    drawTable(
      layout,
      [
        { header: w.say(w.m.rank), width: 1.4, align: 'right' },
        { header: w.say(w.m.finding), width: 10 },
        { header: w.say(w.m.severity), width: 2.4 },
        { header: w.say(w.m.likelihood), width: 2.4 },
        { header: w.say(w.m.status), width: 2.8 },
      ],
      s.salientRisks.map((f) => [String(f.rank), flaggedCell(w, f), w.severity(f), w.likelihood(f), w.findingStatus(f.status)]),
    );

  layout.heading(w.say(w.m.completion), 2);
  layout.paragraph(report.completion.map((c) => w.say(w.m.stageCompletion, { stage: w.stage(c.stage), answered: c.answered, applicable: c.applicable })).join('   ·   '));

  layout.heading(w.say(w.m.keyActions), 2);
  if (s.keyActions.length === 0) layout.paragraph(w.say(w.m.noKeyAction));
  else drawTable(layout, actionSummaryColumns(w), actionRows(w, s.keyActions));
}

export function drawEasyRead(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.easyRead, 1, { newPage: true });
  layout.paragraph(w.say(w.m.easyReadIntro), { size: 12, color: MUTED, after: 4 });
  for (const line of easyReadLines(w, report, named(w))) layout.paragraph(line, { size: 13, after: 4 });
}
