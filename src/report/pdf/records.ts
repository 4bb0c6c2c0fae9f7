import type { FullReport } from '../../domain/report/fullReport';
import { GOOD_PRACTICE_WORDS, actionFindings, answeredText, evidenceText, passagesUnderSource, reviewText } from '../common';
import type { ReportWords } from '../reportWords';
import { ALERT, BODY, MUTED, SMALL, type Layout } from './layout';
import { drawTable } from './table';
import { actionStatusCell, named } from './front';

export function drawAnswers(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.answers, 1, { newPage: true });
  layout.paragraph(w.say(w.m.answersIntro), { after: 2 });
  report.stages.forEach((stage, i) => {
    layout.heading(w.stage(stage.id), 2, { newPage: i > 0 });
    layout.paragraph(w.say(w.m.stageCounts, { count: stage.items.length, skipped: stage.skipped }), {
      size: SMALL,
      color: MUTED,
      after: 3,
    });
    for (const item of stage.items) {
      layout.heading(`${item.id}  ${item.question}`, 3, { keep: 2 * layout.lineHeight(BODY) });
      if (item.redFlag) layout.field(w.say(w.m.answer), `${w.answer(item.answer)} ${w.say(w.m.redFlagMark)}`, { indent: 4, color: ALERT });
      else layout.field(w.say(w.m.answer), w.answer(item.answer), { indent: 4 });
      if (item.answered) layout.field(w.say(w.m.answeredBy), answeredText(w, item.answered, named(w)), { indent: 4, size: SMALL, color: MUTED });
      if (item.notes) layout.field(w.say(w.m.notes), item.notes, { indent: 4 });
      for (const e of item.evidence) {
        const [page, top] = [layout.page, layout.y];
        layout.field(w.say(w.m.evidence), evidenceText(w, e, named(w)), { indent: 4, size: SMALL });
        if (layout.page === page) linkTo(layout, e.url, top, layout.y);
      }
      if (item.review) layout.field(w.say(w.m.auditorsVerdict), reviewText(w, item.review, named(w)), { indent: 4 });
      layout.space(2.5);
    }
  });
}

export function drawActions(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.actions, 1, { newPage: true });
  const overdue = report.actions.filter((a) => a.overdue).length;
  if (report.actions.length === 0) {
    layout.paragraph(w.say(w.m.noAction));
    return;
  }
  layout.paragraph(w.say(w.m.actionCounts, { count: report.actions.length, overdue, mark: w.say(w.m.overdue) }), { after: 3 });
  drawTable(
    layout,
    [
      { header: w.say(w.m.number), width: 0.9, align: 'right' },
      { header: w.say(w.m.actionAndFindings), width: 6.6 },
      { header: w.say(w.m.owner), width: 3.2 },
      { header: w.say(w.m.due), width: 2.4 },
      { header: w.say(w.m.status), width: 2.4 },
      { header: w.say(w.m.completionEvidence), width: 3.6 },
    ],
    report.actions.map((a, i) => [
      String(i + 1),
      // Findings by number only: their titles are in the findings section.
      a.findings.length
        ? `${a.description}\n${w.say(w.m.findingsList, { list: actionFindings(report, a.findings).map((f) => f.number).join(', ') })}`
        : a.description,
      a.owner || w.say(w.m.noOwner),
      a.dueDate ? w.day(a.dueDate) : w.say(w.m.noDate),
      actionStatusCell(w, a),
      a.completionEvidence,
    ]),
  );
}

export function drawContext(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.heading(layout.sections.tradeoffs, 1, { newPage: true });
  if (report.tradeoffs.length === 0) layout.paragraph(w.say(w.m.noTradeoff));
  report.tradeoffs.forEach((t, i) => {
    layout.heading(`${i + 1}. ${named(w)(t.between)}`, 3, { keep: 12 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    field(w.say(w.m.atStake), t.description);
    field(w.say(w.m.resolution), t.resolution);
    field(w.say(w.m.why), t.rationale);
    field(w.say(w.m.decided), [t.decidedBy, t.decidedOn && w.day(t.decidedOn)].filter(Boolean).join(', '));
    layout.space(2);
  });

  layout.heading(layout.sections.stakeholders, 1, { keep: 30 });
  if (report.stakeholders.length === 0) layout.paragraph(w.say(w.m.noStakeholder));
  else
    drawTable(
      layout,
      [
        { header: w.say(w.m.who), width: 4 },
        { header: w.say(w.m.when), width: 2.2 },
        { header: w.say(w.m.how), width: 3.5 },
        { header: w.say(w.m.whatChanged), width: 6 },
      ],
      report.stakeholders.map((s) => [
        s.groups.length ? `${s.who}\n${w.say(w.m.groupsList, { list: s.groups.join('; ') })}` : s.who,
        s.when ? w.day(s.when) : w.say(w.m.noDate),
        s.how,
        s.whatChanged,
      ]),
    );

  layout.heading(layout.sections.benefits, 1, { keep: 30 });
  if (report.benefits.length === 0) layout.paragraph(w.say(w.m.noBenefit));
  report.benefits.forEach((b, i) => {
    layout.paragraph(`${i + 1}. ${named(w)(b.description)}`, { bold: true, after: 1 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    field(w.say(w.m.rights), b.rights.join('; '));
    field(w.say(w.m.groups), b.groups.join('; '));
    field(w.say(w.m.evidence), b.evidence);
    layout.space(2);
  });
}

/** `after`: millimetres drawn right after the hash that must stay on its page (the signature block). */
export function drawAnnex(layout: Layout, report: FullReport, w: ReportWords, after = 0): void {
  layout.heading(layout.sections.annex, 1, { newPage: true });
  layout.paragraph(w.say(w.m.annexIntro, { count: report.sources.length }), { after: 3 });
  const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
  const blocks: (() => void)[] = report.sources.map((source) => () => {
    layout.heading(source.title, 3, { keep: 16 });
    field(w.say(w.m.publishedBy), source.body);
    field(w.say(w.m.date), source.date && w.day(source.date));
    field(w.say(w.m.identifier), source.identifier);
    field(w.say(w.m.status), w.verification(source.verification));
    field(w.say(w.m.note), source.note);
    field(w.say(w.m.passagesCited), passagesUnderSource(source.cited).join('\n'));
    layout.space(2.5);
  });
  report.goodPractice.forEach((g, i) =>
    blocks.push(() => {
      if (i === 0) {
        // Said beside the sources: these measures are asked for, but no cited passage prescribes them.
        layout.heading(GOOD_PRACTICE_WORDS.heading, 2, { keep: 16 });
        layout.paragraph(GOOD_PRACTICE_WORDS.intro, { after: 2 });
      }
      layout.paragraph(`${g.itemId}  ${g.question}`, { bold: true, after: 0.5 });
      layout.field(GOOD_PRACTICE_WORDS.label, g.note, { indent: 4 });
      layout.space(2);
    }),
  );
  // The hash is never alone on a last page: the last entry before it goes with it.
  const closing = () => {
    layout.space(6);
    drawHash(layout, report, w);
  };
  const closingHeight = layout.heightOf(closing) + after;
  blocks.forEach((block, i) => {
    if (i === blocks.length - 1) {
      const height = layout.heightOf(block) + closingHeight;
      if (Number.isFinite(height)) layout.ensure(height);
    }
    block();
  });
  layout.ensure(closingHeight);
  closing();
}

/** The hash of the canonical assessment JSON, and how to recompute it. */
function drawHash(layout: Layout, report: FullReport, w: ReportWords): void {
  layout.rule();
  layout.space(2);
  layout.paragraph(`${w.say(w.m.hashLabel)}:`, { bold: true, after: 0.5 });
  layout.paragraph(report.meta.assessmentHash, { size: SMALL, after: 1.5 });
  if (report.trail) {
    layout.paragraph(`${w.say(w.m.trailHeadLabel)}:`, { bold: true, after: 0.5 });
    layout.paragraph(report.trail.head ?? w.say(w.m.noEvents), { size: SMALL, after: 1.5 });
  }
  layout.paragraph(w.say(w.m.hashInstruction), { size: SMALL, color: MUTED });
}

/**
 * Makes an evidence line clickable, for http(s) addresses only (import refuses
 * any other scheme; this checks again so no other kind of link can ever be
 * made). The address is written as the URL parser normalises it, in ASCII.
 */
function linkTo(layout: Layout, url: string, top: number, bottom: number): void {
  if (!/^https?:\/\//i.test(url)) return;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return;
  }
  layout.doc.link(layout.xOf(layout.left + 4, layout.width - 4), top, layout.width - 4, bottom - top, { url: href });
}
