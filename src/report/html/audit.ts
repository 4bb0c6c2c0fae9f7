import type { FullReport } from '../../domain/report/fullReport';
import { trailStatus } from '../common';
import { ENGLISH_WORDS, type ReportWords } from '../reportWords';
import { html, type Html } from './escape';
import { fields, table } from './parts';
import { section } from './sections';

export function auditSection(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html | '' {
  const audit = report.audit;
  if (!audit) return '';
  const notStated = w.say(w.m.notStated);
  return section('audit', w.sections.audit, [
    html`<p><strong>${w.opinion(audit.opinion)}</strong></p>\n<p>${w.opinionMeaning(audit.opinion)}</p>\n`,
    fields([
      [w.say(w.m.basis), audit.basis || notStated],
      [w.say(w.m.scope), audit.scope || notStated],
      [w.say(w.m.method), audit.method || notStated],
      [w.say(w.m.limitations), audit.limitations || notStated],
      [w.say(w.m.auditor), audit.auditor || notStated],
    ]),
    table(w.say(w.m.verdictsCaption), [w.say(w.m.verdict), w.say(w.m.items)], audit.counts.map((c) => [w.verdict(c.verdict), c.count]), { rowHeader: true, numeric: [1] }),
  ]);
}

export function trailAnnex(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html | '' {
  const trail = report.trail;
  if (!trail) return '';
  return section('trail', w.sections.trail, [
    html`<p>${w.say(w.m.trailExplanation)}</p>\n`,
    fields([
      [w.say(w.m.events), String(trail.count)],
      [w.say(w.m.firstEvent), w.trailEvent(trail.first)],
      [w.say(w.m.lastEvent), w.trailEvent(trail.last)],
      [w.say(w.m.chain), trailStatus(w, trail)],
      [w.say(w.m.trailHeadLabel), html`<code>${trail.head ?? w.say(w.m.noEvents)}</code>`],
    ]),
  ]);
}
