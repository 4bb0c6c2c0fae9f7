import type { FullReport } from '../../domain/report/fullReport';
import { findingLabel, plural, severityDetail, severityText } from '../common';
import { isolate } from './bidi';
import { ALERT, MUTED, SMALL, type Layout } from './layout';
import { drawTable } from './table';
import { drawHeatMap } from './heatMap';

export function drawMethodology(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.methodology, 1, { newPage: true });
  for (const p of report.methodology.paragraphs) layout.paragraph(p, { after: 2.5 });
  layout.heading('The rating scales', 2);
  for (const scale of report.methodology.scales) {
    layout.heading(scale.name, 3, { keep: 22 });
    drawTable(
      layout,
      [
        { header: 'Level', width: 1, align: 'right' },
        { header: 'Meaning', width: 12 },
      ],
      scale.levels.map((meaning, i) => [String(i + 1), meaning]),
    );
  }
}

export function drawProfile(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.profile, 1, { newPage: true });
  drawTable(
    layout,
    [
      { header: 'Question', width: 3 },
      { header: 'Answer', width: 2 },
    ],
    report.profile.map((p) => [p.question, p.answer]),
  );
  layout.field('Optional modules', report.modules.length ? report.modules.join('; ') : 'none apply to this profile');
}

export function drawCoverage(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.coverage, 1, { newPage: true });
  layout.heading('Completion by stage', 2);
  drawTable(
    layout,
    [
      { header: 'Stage', width: 4 },
      { header: 'Applicable', width: 2, align: 'right' },
      { header: 'Answered', width: 2, align: 'right' },
      { header: 'Share', width: 2, align: 'right' },
    ],
    report.completion.map((c) => [
      c.stage,
      String(c.applicable),
      String(c.answered),
      c.applicable === 0 ? '—' : `${Math.floor((c.answered * 100) / c.applicable)}%`,
    ]),
  );
  const principleTable = (rows: FullReport['coverage']['hrba']) =>
    drawTable(
      layout,
      [
        { header: 'Principle', width: 6 },
        { header: 'Applicable', width: 2, align: 'right' },
        { header: 'Answered', width: 2, align: 'right' },
        { header: 'In place (Yes)', width: 2.4, align: 'right' },
      ],
      rows.map((p) => [p.label, String(p.applicable), String(p.answered), String(p.met)]),
    );
  layout.heading('Coverage by HRBA@Tech principle', 2);
  principleTable(report.coverage.hrba);
  layout.heading('Coverage by Privacy International principle', 2);
  principleTable(report.coverage.pi);

  layout.heading(layout.sections.heatMap, 1, { keep: 90 });
  layout.paragraph('How many unresolved findings fall in each cell of severity and likelihood.', { after: 3 });
  drawHeatMap(layout, report);
}

export function drawFindings(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.findings, 1, { newPage: true });
  if (report.findings.length === 0) {
    layout.paragraph('No finding: no applicable question was answered "No", "Partly" or "Don’t know", and none was added.');
    return;
  }
  layout.paragraph(
    `${plural(report.findings.length, 'finding')}, in the order to act on them: red flags first, then by severity, irremediability and likelihood.`,
    { after: 3 },
  );
  drawTable(
    layout,
    [
      { header: '#', width: 1, align: 'right' },
      { header: 'Finding', width: 7.5 },
      { header: 'Severity', width: 2.2 },
      { header: 'Likelihood', width: 2.4 },
      { header: 'Involvement', width: 3 },
      { header: 'Status', width: 2.4 },
    ],
    report.findings.map((f) => [
      String(f.rank),
      f.redFlag ? { text: `RED FLAG ${findingLabel(f, isolate)}`, bold: true, color: ALERT } : findingLabel(f, isolate),
      severityText(f),
      f.likelihood === null ? 'Not rated' : `${f.likelihood} of 4`,
      f.involvement,
      f.status,
    ]),
  );

  layout.heading('Finding details', 2);
  for (const f of report.findings) {
    layout.heading(`${f.rank}. ${findingLabel(f, isolate)}`, 3, { keep: 14 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    if (f.redFlag) layout.field('RED FLAG', f.redFlagReason || 'raised by this answer', { indent: 4, color: ALERT });
    field('Stage', f.answer ? `${f.stage}; answered "${f.answer}"` : f.stage);
    field('Rating', f.severityScore === null && f.likelihood === null ? severityDetail(f) : `severity ${severityText(f)} (${severityDetail(f)})`);
    field('Involvement', f.involvement);
    field('Status', f.status);
    field('Rights affected', f.rights.join('; '));
    field('Groups affected', f.groups.join('; '));
    field('Description', f.description);
    field('Leverage', f.leverage);
    field('Rationale', f.rationale);
    layout.space(2);
  }
  layout.paragraph('Severity is the sum of scale, scope and irremediability (3 to 12); likelihood is 1 to 4.', {
    size: SMALL,
    color: MUTED,
  });
}
