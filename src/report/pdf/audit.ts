import type { FullReport } from '../../domain/report/fullReport';
import { trailStatus } from '../common';
import type { ReportWords } from '../reportWords';
import { SMALL, type Layout } from './layout';
import { drawTable } from './table';

/** The auditor's statement, right after the executive summary: a reader needs the opinion first. */
export function drawAudit(layout: Layout, report: FullReport, w: ReportWords): void {
  const audit = report.audit;
  if (!audit) return;
  layout.heading(layout.sections.audit, 1, { newPage: true });
  layout.paragraph(w.opinion(audit.opinion), { bold: true, size: 12, after: 1 });
  layout.paragraph(w.opinionMeaning(audit.opinion), { after: 3 });
  const field = (label: string, value: string) => layout.field(label, value || w.say(w.m.notStated), { after: 1.5 });
  field(w.say(w.m.basis), audit.basis);
  field(w.say(w.m.scope), audit.scope);
  field(w.say(w.m.method), audit.method);
  field(w.say(w.m.limitations), audit.limitations);
  field(w.say(w.m.auditor), audit.auditor);
  layout.space(3);
  drawTable(
    layout,
    [
      { header: w.say(w.m.verdictsColumn), width: 8 },
      { header: w.say(w.m.items), width: 2, align: 'right' },
    ],
    audit.counts.map((c) => [w.verdict(c.verdict), String(c.count)]),
  );
  layout.paragraph(w.say(w.m.verdictsWhere, { answers: layout.sections.answers }), { size: SMALL });
}

export function drawTrailAnnex(layout: Layout, report: FullReport, w: ReportWords): void {
  const trail = report.trail;
  if (!trail) return;
  layout.heading(layout.sections.trail, 1, { newPage: true });
  layout.paragraph(w.say(w.m.trailExplanation), { after: 3 });
  const field = (label: string, value: string, small = false) => layout.field(label, value, { after: 1.5, ...(small ? { size: SMALL } : {}) });
  field(w.say(w.m.events), String(trail.count));
  field(w.say(w.m.firstEvent), w.trailEvent(trail.first));
  field(w.say(w.m.lastEvent), w.trailEvent(trail.last));
  field(w.say(w.m.chain), trailStatus(w, trail));
  field(w.say(w.m.trailHeadLabel), trail.head ?? w.say(w.m.noEvents), true);
}
