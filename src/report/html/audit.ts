import type { SectionTitles } from '../words';
import type { FullReport } from '../../domain/report/fullReport';
import { SECTIONS, TRAIL_EXPLANATION, TRAIL_HEAD_LABEL } from '../common';
import { html, type Html } from './escape';
import { fields, table } from './parts';
import { section } from './sections';

export function auditSection(report: FullReport, t: SectionTitles = SECTIONS): Html | '' {
  const audit = report.audit;
  if (!audit) return '';
  return section('audit', t.audit, [
    html`<p><strong>${audit.opinion}</strong></p>\n<p>${audit.opinionMeaning}</p>\n`,
    fields([
      ['Basis for the opinion', audit.basis || 'not stated'],
      ['Scope', audit.scope || 'not stated'],
      ['Method', audit.method || 'not stated'],
      ['Limitations', audit.limitations || 'not stated'],
      ['Auditor', audit.auditor || 'not stated'],
    ]),
    table('Verdicts on the applicable answers', ['Verdict', 'Items'], audit.counts.map((c) => [c.verdict, c.count]), { rowHeader: true, numeric: [1] }),
  ]);
}

export function trailAnnex(report: FullReport, t: SectionTitles = SECTIONS): Html | '' {
  const trail = report.trail;
  if (!trail) return '';
  return section('trail', t.trail, [
    html`<p>${TRAIL_EXPLANATION}</p>\n`,
    fields([
      ['Events', String(trail.count)],
      ['First event', trail.first],
      ['Last event', trail.last],
      ['Chain', trail.status],
      [TRAIL_HEAD_LABEL, html`<code>${trail.head}</code>`],
    ]),
  ]);
}
