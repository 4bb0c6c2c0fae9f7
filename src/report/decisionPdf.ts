import { jsPDF } from 'jspdf';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DecisionReport } from '../domain/procurement';
import { GOOD_PRACTICE_WORDS } from './common';
import { textOf, type ReportFonts } from './fonts';
import { embedFonts, pdfBytes, printable } from './pdf/embed';
import { ACCENT, ALERT, BODY, Layout, MUTED, PAGE, SMALL } from './pdf/layout';
import { drawTable } from './pdf/table';
import { drawCoverNotice, drawTextNotice } from './pdf/notice';
import { drawSignatureBlock, type SignatureBlock } from './pdf/signature';
import * as W from './decision/words';

export interface DecisionPdfOptions {
  /** Render for signing: the signature block goes on the last page, inside the signed bytes. */
  signature?: SignatureBlock;
  /** The program and version that made the report. */
  tool?: string;
}

/**
 * The decision report as an A4 PDF, through the full report's building blocks (font
 * chain, layout, tables, the notice for characters no font has, the signature block): the
 * procurement, the decision and its reasons first, then the conditions with their
 * citations, the vendors and their red flags, and the comparison matrix.
 */
export function renderDecisionPdf(report: DecisionReport, fonts: ReportFonts, options: DecisionPdfOptions = {}): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const chain = embedFonts(doc, fonts, textOf(report));
  doc.setProperties({ title: printable(`Decision: ${report.procurement.title}`), subject: W.DECISION_KICKER, author: printable(report.procurement.buyer), creator: 'HRBA@Tech due diligence' });
  if (options.signature) doc.setProperties({ keywords: `decision:${report.meta.decisionHash} request:${report.meta.requestHash}` });
  doc.setLanguage('en');
  // Same report, same date: same bytes (jsPDF would stamp the clock and a random id).
  doc.setCreationDate(new Date(report.meta.generatedAt));
  doc.setFileId(bytesToHex(sha256(utf8ToBytes(`${report.meta.decisionHash} ${report.meta.generatedAt}`))).slice(0, 32).toUpperCase());
  const layout = new Layout(doc, chain);

  layout.paragraph(W.DECISION_KICKER, { size: SMALL, color: MUTED, after: 1 });
  layout.heading(report.procurement.title, 1);
  for (const [label, value] of W.procurementFields(report)) layout.field(label, value);
  if (options.tool) layout.field('Made with', options.tool);

  drawDecision(layout, report);
  drawConditions(layout, report);
  drawVendors(layout, report);
  drawMatrix(layout, report);

  layout.heading(W.DECISION_SECTIONS.library, 1, { newPage: false });
  layout.paragraph(W.libraryText(report));
  layout.field(W.DECISION_HASH_LABEL, report.meta.decisionHash, { size: SMALL });
  layout.field(W.REQUEST_HASH_LABEL, report.meta.requestHash, { size: SMALL });
  const noticePage = drawTextNotice(layout);
  if (options.signature) drawSignatureBlock(layout, options.signature);
  if (noticePage !== null) drawCoverNotice(layout, noticePage);
  drawFooters(layout, report);
  return pdfBytes(doc);
}

function drawDecision(layout: Layout, r: DecisionReport): void {
  layout.heading(W.DECISION_SECTIONS.decision, 1);
  layout.paragraph(W.outcomeText(r), { size: 12, bold: true, color: r.decision.outcome === 'reject' ? ALERT : ACCENT, after: 2 });
  layout.field('Reasons', r.decision.rationale);
  layout.paragraph(W.decidedText(r), { size: SMALL, color: MUTED });
  const accepted = W.acceptedRedFlagsText(r);
  const stale = W.staleDecisionText(r);
  if (stale) layout.paragraph(stale, { bold: true, color: ALERT });
  else if (accepted) {
    layout.paragraph(accepted, { bold: true, color: ALERT, after: 1 });
    layout.bullets(r.decision.acceptedRedFlags.map((f) => `${W.redFlagText(f)}. ${f.question}`), { color: ALERT });
  } else if (r.decision.outcome !== 'reject') layout.paragraph(W.NO_RED_FLAG_APPROVED);
}

function drawConditions(layout: Layout, r: DecisionReport): void {
  if (r.conditions.length === 0) return;
  layout.heading(W.DECISION_SECTIONS.conditions, 1);
  for (const c of r.conditions) {
    layout.heading(`${c.clauseId}: ${c.title}`, 2);
    layout.paragraph(c.text);
    if (c.answers.length) {
      layout.paragraph('Answers:', { bold: true, after: 0.5 });
      layout.bullets(c.answers.map(W.conditionAnswerText));
    }
    layout.paragraph('Citations:', { bold: true, after: 0.5 });
    layout.bullets(W.citationsOf(c), { size: SMALL });
    if (c.goodPractice) layout.field(GOOD_PRACTICE_WORDS.label, c.goodPractice, { size: SMALL, color: MUTED });
  }
}

function drawVendors(layout: Layout, r: DecisionReport): void {
  layout.heading(W.DECISION_SECTIONS.vendors, 1, { newPage: true });
  layout.paragraph('In the one order the comparison allows: a vendor with a red flag is never placed above one without, whatever else it answered.', { size: SMALL, color: MUTED });
  drawTable(
    layout,
    [
      { header: 'Vendor', width: 3 },
      { header: 'Product', width: 2.4 },
      { header: 'Revision', width: 1.9, align: 'right' },
      { header: 'Signature', width: 4 },
      { header: 'Red flags', width: 2 },
      { header: 'Answered', width: 1.8 },
    ],
    r.vendors.map((v) => [
      v.organisation,
      v.productName,
      String(v.revision),
      W.signatureText(v),
      v.summary.redFlags ? { text: W.vendorRedFlagCount(v), bold: true, color: ALERT } : 'None',
      `${v.summary.answered} of ${v.summary.asked}`,
    ]),
  );
  layout.heading(W.DECISION_SECTIONS.redFlags, 2);
  for (const v of r.vendors) {
    layout.heading(`${v.organisation}: ${W.vendorRedFlagCount(v)}`, 3, { keep: 2 * layout.lineHeight(BODY) });
    if (v.redFlags.length === 0) layout.paragraph('No red flag.');
    else layout.bullets(v.redFlags.map((f) => `${W.redFlagText(f)}. ${f.question}`), { color: ALERT });
    if (v.summary.mandatoryMissing.length) layout.field('Mandatory questions unanswered', v.summary.mandatoryMissing.join(', '));
  }
}

function drawMatrix(layout: Layout, r: DecisionReport): void {
  layout.heading(W.DECISION_SECTIONS.matrix, 1, { newPage: true });
  layout.paragraph(W.MATRIX_INTRO, { size: SMALL, color: MUTED });
  const vendorWidth = Math.max(1.5, 6 / Math.max(1, r.matrix.vendors.length));
  drawTable(
    layout,
    [{ header: 'Question', width: 5 }, ...r.matrix.vendors.map((name) => ({ header: name, width: vendorWidth }))],
    r.matrix.rows.map((row) => [
      W.questionLabel(row),
      ...row.cells.map((c) => (c.redFlag ? { text: W.cellText(c), bold: true, color: ALERT } : W.cellText(c))),
    ]),
    r.matrix.vendors.length > 4 ? 7 : SMALL,
  );
}

/** Every page: the procurement's title, the report id (a printed page traces to its report) and "Page n of N". */
function drawFooters(layout: Layout, r: DecisionReport): void {
  const pages = layout.doc.getNumberOfPages();
  const name = layout.wrap(r.procurement.title, layout.width / 2 - 22, 8)[0] ?? '';
  for (let page = 1; page <= pages; page++) {
    layout.doc.setPage(page);
    layout.use(8, false, MUTED);
    layout.draw(name, layout.left, PAGE.footer);
    layout.draw(`Report ${r.meta.reportId}`, layout.left + layout.width / 2, PAGE.footer, 'center');
    layout.draw(`Page ${page} of ${pages}`, layout.left + layout.width, PAGE.footer, 'right');
  }
}
