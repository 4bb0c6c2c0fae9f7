import type { FullReport } from '../../domain/report/fullReport';
import { GOOD_PRACTICE_WORDS, answeredText, HASH_INSTRUCTION, HASH_LABEL, TRAIL_HEAD_LABEL, evidenceText, passagesUnderSource, plural, reviewText, verificationText } from '../common';
import { isolate } from './bidi';
import { ALERT, BODY, MUTED, SMALL, type Layout } from './layout';
import { drawTable } from './table';

export function drawAnswers(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.answers, 1, { newPage: true });
  layout.paragraph('Every applicable question, with the answer, notes and evidence recorded by the assessor.', { after: 2 });
  report.stages.forEach((stage, i) => {
    layout.heading(stage.title, 2, { newPage: i > 0 });
    layout.paragraph(`${plural(stage.items.length, 'applicable question')}; ${stage.skipped} not applicable to this profile.`, {
      size: SMALL,
      color: MUTED,
      after: 3,
    });
    for (const item of stage.items) {
      layout.heading(`${item.id}  ${item.question}`, 3, { keep: 2 * layout.lineHeight(BODY) });
      if (item.redFlag) layout.field('Answer', `${item.answer} (RED FLAG)`, { indent: 4, color: ALERT });
      else layout.field('Answer', item.answer, { indent: 4 });
      if (item.answered) layout.field('Answered by', answeredText(item.answered, isolate), { indent: 4, size: SMALL, color: MUTED });
      if (item.notes) layout.field('Notes', item.notes, { indent: 4 });
      for (const e of item.evidence) {
        const [page, top] = [layout.page, layout.y];
        layout.field('Evidence', evidenceText(e, isolate), { indent: 4, size: SMALL });
        if (layout.page === page) linkTo(layout, e.url, top, layout.y);
      }
      if (item.review) layout.field('Auditor\u2019s verdict', reviewText(item.review, isolate), { indent: 4 });
      layout.space(2.5);
    }
  });
}

export function drawActions(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.actions, 1, { newPage: true });
  const overdue = report.actions.filter((a) => a.overdue).length;
  if (report.actions.length === 0) {
    layout.paragraph('No action is planned yet.');
    return;
  }
  layout.paragraph(`${plural(report.actions.length, 'action')}; ${overdue} overdue (marked OVERDUE).`, { after: 3 });
  drawTable(
    layout,
    [
      { header: '#', width: 0.9, align: 'right' },
      { header: 'Action and the findings it addresses', width: 6.6 },
      { header: 'Owner', width: 3.2 },
      { header: 'Due', width: 2.4 },
      { header: 'Status', width: 2.4 },
      { header: 'Evidence of completion', width: 3.6 },
    ],
    report.actions.map((a, i) => [
      String(i + 1),
      // Findings by key only: their titles are in the findings section.
      a.findings.length ? `${a.description}\nFindings: ${a.findings.map((f) => f.split(': ')[0]).join(', ')}` : a.description,
      a.owner || 'no owner',
      a.dueDate || 'no date',
      a.overdue ? { text: `${a.status}, OVERDUE`, bold: true, color: ALERT } : a.status,
      a.completionEvidence,
    ]),
  );
}

export function drawContext(layout: Layout, report: FullReport): void {
  layout.heading(layout.sections.tradeoffs, 1, { newPage: true });
  if (report.tradeoffs.length === 0) layout.paragraph('No trade-off is recorded.');
  report.tradeoffs.forEach((t, i) => {
    layout.heading(`${i + 1}. ${isolate(t.between)}`, 3, { keep: 12 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    field('What is at stake', t.description);
    field('Resolution', t.resolution);
    field('Why', t.rationale);
    field('Decided', [t.decidedBy, t.decidedOn].filter(Boolean).join(', '));
    layout.space(2);
  });

  layout.heading(layout.sections.stakeholders, 1, { keep: 30 });
  if (report.stakeholders.length === 0) layout.paragraph('No engagement with stakeholders is recorded.');
  else
    drawTable(
      layout,
      [
        { header: 'Who', width: 4 },
        { header: 'When', width: 2.2 },
        { header: 'How', width: 3.5 },
        { header: 'What changed as a result', width: 6 },
      ],
      report.stakeholders.map((s) => [
        s.groups.length ? `${s.who}\nGroups: ${s.groups.join('; ')}` : s.who,
        s.when || 'no date',
        s.how,
        s.whatChanged,
      ]),
    );

  layout.heading(layout.sections.benefits, 1, { keep: 30 });
  if (report.benefits.length === 0) layout.paragraph('No benefit to rights is recorded.');
  report.benefits.forEach((b, i) => {
    layout.paragraph(`${i + 1}. ${isolate(b.description)}`, { bold: true, after: 1 });
    const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
    field('Rights', b.rights.join('; '));
    field('Groups', b.groups.join('; '));
    field('Evidence', b.evidence);
    layout.space(2);
  });
}

/** `after`: millimetres drawn right after the hash that must stay on its page (the signature block). */
export function drawAnnex(layout: Layout, report: FullReport, after = 0): void {
  layout.heading(layout.sections.annex, 1, { newPage: true });
  layout.paragraph(`Every source the applicable questions cite, with the passages cited. ${plural(report.sources.length, 'source')}.`, {
    after: 3,
  });
  const field = (label: string, value: string) => value && layout.field(label, value, { indent: 4 });
  const blocks: (() => void)[] = report.sources.map((source) => () => {
    layout.heading(source.title, 3, { keep: 16 });
    field('Published by', source.body);
    field('Date', source.date);
    field('Identifier', source.identifier);
    field('Status', verificationText(source.verification));
    field('Note', source.note);
    field('Passages cited', passagesUnderSource(source.cited).join('\n'));
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
    drawHash(layout, report);
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
function drawHash(layout: Layout, report: FullReport): void {
  layout.rule();
  layout.space(2);
  layout.paragraph(`${HASH_LABEL}:`, { bold: true, after: 0.5 });
  layout.paragraph(report.meta.assessmentHash, { size: SMALL, after: 1.5 });
  if (report.trail) {
    layout.paragraph(`${TRAIL_HEAD_LABEL}:`, { bold: true, after: 0.5 });
    layout.paragraph(report.trail.head, { size: SMALL, after: 1.5 });
  }
  layout.paragraph(
    HASH_INSTRUCTION,
    { size: SMALL, color: MUTED },
  );
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
