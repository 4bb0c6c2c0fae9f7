import type { FullReport } from '../../domain/report/fullReport';
import { TRAIL_EXPLANATION, TRAIL_HEAD_LABEL } from '../common';
import { SMALL, type Layout } from './layout';
import { drawTable } from './table';

/** The auditor's statement, right after the executive summary: a reader needs the opinion first. */
export function drawAudit(layout: Layout, report: FullReport): void {
  const audit = report.audit;
  if (!audit) return;
  layout.heading(layout.sections.audit, 1, { newPage: true });
  layout.paragraph(audit.opinion, { bold: true, size: 12, after: 1 });
  layout.paragraph(audit.opinionMeaning, { after: 3 });
  const field = (label: string, value: string) => layout.field(label, value || 'not stated', { after: 1.5 });
  field('Basis for the opinion', audit.basis);
  field('Scope', audit.scope);
  field('Method', audit.method);
  field('Limitations', audit.limitations);
  field('Auditor', audit.auditor);
  layout.space(3);
  drawTable(
    layout,
    [
      { header: 'Verdict on the applicable answers', width: 8 },
      { header: 'Items', width: 2, align: 'right' },
    ],
    audit.counts.map((c) => [c.verdict, String(c.count)]),
  );
  layout.paragraph('Each item\u2019s verdict and comment follow its answer in "Answers by stage".', { size: SMALL });
}

export function drawTrailAnnex(layout: Layout, report: FullReport): void {
  const trail = report.trail;
  if (!trail) return;
  layout.heading(layout.sections.trail, 1, { newPage: true });
  layout.paragraph(TRAIL_EXPLANATION, { after: 3 });
  const field = (label: string, value: string, small = false) => layout.field(label, value, { after: 1.5, ...(small ? { size: SMALL } : {}) });
  field('Events', String(trail.count));
  field('First event', trail.first);
  field('Last event', trail.last);
  field('Chain', trail.status);
  field(TRAIL_HEAD_LABEL, trail.head, true);
}
