import type { FullReport } from '../../domain/report/fullReport';
import { findingLabel, profileAnswerText } from '../common';
import type { ReportWords } from '../reportWords';
import { ALERT, MUTED, SMALL, type Layout } from './layout';
import { drawTable } from './table';
import { drawHeatMap } from './heatMap';
import { flaggedCell, named } from './front';

export function drawMethodology(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.methodology, 1, { newPage: true });
  for (const p of methodologyParagraphs(w, report)) layout.paragraph(p, { after: 2.5 });
  layout.heading(w.say(w.m.ratingScales), 2);
  for (const scale of report.methodology.scales) {
    layout.heading(w.scaleName(scale), 3, { keep: 22 });
    drawTable(
      layout,
      [
        { header: w.say(w.m.level), width: 1, align: 'right' },
        { header: w.say(w.m.meaning), width: 12 },
      ],
      w.scaleLevels(scale).map((meaning, i) => [String(i + 1), meaning]),
    );
  }
}

/** The methodology's paragraphs, naming the checklist used. */
export const methodologyParagraphs = (w: ReportWords, report: FullReport, name: (text: string) => string = named(w)) => [
  w.say(w.m.method1, { checklist: name(report.methodology.checklist.title), version: report.methodology.checklist.version }),
  w.say(w.m.method2),
  w.say(w.m.method3),
  w.say(w.m.method4),
];

export function drawProfile(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.profile, 1, { newPage: true });
  drawTable(
    layout,
    [
      { header: w.say(w.m.question), width: 3 },
      { header: w.say(w.m.answer), width: 2 },
    ],
    report.profile.map((p) => [p.question, profileAnswerText(w, p.answer)]),
  );
  layout.field(w.say(w.m.modules), report.modules.length ? report.modules.join('; ') : w.say(w.m.noModules));
}

export function drawCoverage(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.coverage, 1, { newPage: true });
  layout.heading(w.say(w.m.completionByStage), 2);
  drawTable(
    layout,
    [
      { header: w.say(w.m.stage), width: 4 },
      { header: w.say(w.m.applicable), width: 2, align: 'right' },
      { header: w.say(w.m.answered), width: 2, align: 'right' },
      { header: w.say(w.m.share), width: 2, align: 'right' },
    ],
    report.completion.map((c) => [
      w.stage(c.stage),
      String(c.applicable),
      String(c.answered),
      c.applicable === 0 ? '—' : w.percent(Math.floor((c.answered * 100) / c.applicable) / 100),
    ]),
  );
  const principleTable = (framework: 'hrba' | 'pi') =>
    drawTable(
      layout,
      [
        { header: w.say(w.m.principle), width: 6 },
        { header: w.say(w.m.applicable), width: 2, align: 'right' },
        { header: w.say(w.m.answered), width: 2, align: 'right' },
        { header: w.say(w.m.inPlace), width: 2.4, align: 'right' },
      ],
      report.coverage[framework].map((p) => [w.principle(framework, p.principle), String(p.applicable), String(p.answered), String(p.met)]),
    );
  layout.heading(w.say(w.m.coverageHrba), 2);
  principleTable('hrba');
  layout.heading(w.say(w.m.coveragePi), 2);
  principleTable('pi');

  layout.heading(layout.sections.heatMap, 1, { keep: 90 });
  layout.paragraph(w.say(w.m.heatIntro), { after: 3 });
  drawHeatMap(layout, report, w);
}

export function drawFindings(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.findings, 1, { newPage: true });
  if (report.findings.length === 0) {
    layout.paragraph(w.say(w.m.noFinding));
    return;
  }
  layout.paragraph(w.say(w.m.sentence, { text: w.say(w.m.findingsOrder, { count: report.findings.length }) }), { after: 3 });
  drawTable(
    layout,
    [
      { header: w.say(w.m.number), width: 1, align: 'right' },
      { header: w.say(w.m.finding), width: 7.5 },
      { header: w.say(w.m.severity), width: 2.2 },
      { header: w.say(w.m.likelihood), width: 2.4 },
      { header: w.say(w.m.involvement), width: 3 },
      { header: w.say(w.m.status), width: 2.4 },
    ],
    report.findings.map((f) => [String(f.rank), flaggedCell(w, f), w.severity(f), w.likelihood(f), w.involvement(f.involvement), w.findingStatus(f.status)]),
  );

  layout.heading(w.say(w.m.findingDetails), 2);
  for (const f of report.findings) {
    layout.heading(w.say(w.m.rankedFinding, { rank: f.rank, finding: findingLabel(w, f, named(w)) }), 3, { keep: 14 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    if (f.redFlag) layout.field(w.say(w.m.redFlag), f.redFlagReason || w.say(w.m.redFlagRaised), { indent: 4, color: ALERT });
    field(w.say(w.m.stage), f.answer ? w.say(w.m.stageAnswered, { stage: w.stage(f.stage), answer: w.answer(f.answer) }) : w.stage(f.stage));
    field(w.say(w.m.rating), f.severityScore === null && f.likelihood === null ? w.severityDetail(f) : w.say(w.m.ratingLine, { severity: w.severity(f), detail: w.severityDetail(f) }));
    field(w.say(w.m.involvement), w.involvement(f.involvement));
    field(w.say(w.m.status), w.findingStatus(f.status));
    field(w.say(w.m.rightsAffected), f.rights.join('; '));
    field(w.say(w.m.groupsAffected), f.groups.join('; '));
    field(w.say(w.m.description), f.description);
    field(w.say(w.m.leverage), f.leverage);
    field(w.say(w.m.rationale), f.rationale);
    layout.space(2);
  }
  layout.paragraph(w.say(w.m.severityNote), {
    size: SMALL,
    color: MUTED,
  });
}
