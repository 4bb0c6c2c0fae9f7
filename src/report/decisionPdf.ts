import { jsPDF } from 'jspdf';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DecisionReport } from '../domain/procurement';
import { GOOD_PRACTICE_WORDS } from './common';
import type { ReportFonts } from './fonts';
import { embedFonts, pdfBytes, printable } from './pdf/embed';
import { ACCENT, ALERT, BODY, Layout, MUTED, PAGE, SMALL } from './pdf/layout';
import { drawTable } from './pdf/table';
import { drawCoverNotice, drawTextNotice } from './pdf/notice';
import { drawSignatureBlock, type SignatureBlock } from './pdf/signature';
import type { LanguageState } from '../i18n/language';
import { decisionPdfText, decisionWords, type DecisionWords } from './decision/words';
import { noticeWords } from './words';

export interface DecisionPdfOptions {
  /** Render for signing: the signature block goes on the last page, inside the signed bytes. */
  signature?: SignatureBlock;
  /** The program and version that made the report. */
  tool?: string;
  /** The language of the report's words (English when not given); names, answers' text and citations stay as written. */
  language?: LanguageState;
}

/**
 * The decision report as an A4 PDF, through the full report's building blocks (font
 * chain, layout, tables, the notice for characters no font has, the signature block): the
 * procurement, the decision and its reasons first, then the conditions with their
 * citations, the vendors and their red flags, and the comparison matrix.
 */
export function renderDecisionPdf(report: DecisionReport, fonts: ReportFonts, options: DecisionPdfOptions = {}): ArrayBuffer {
  const W = decisionWords(options.language);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const chain = embedFonts(doc, fonts, decisionPdfText(report, options.language));
  doc.setProperties({ title: printable(W.documentTitle(report.procurement.title)), subject: W.kicker, author: printable(report.procurement.buyer), creator: 'HRBA@Tech due diligence' });
  if (options.signature) doc.setProperties({ keywords: `decision:${report.meta.decisionHash} request:${report.meta.requestHash}` });
  doc.setLanguage(W.lang);
  // Arabic: the pages are laid out right to left, as the full report's are.
  if (W.dir === 'rtl') doc.viewerPreferences({ Direction: 'R2L' });
  // Same report, same date: same bytes (jsPDF would stamp the clock and a random id).
  doc.setCreationDate(new Date(report.meta.generatedAt));
  doc.setFileId(bytesToHex(sha256(utf8ToBytes(`${report.meta.decisionHash} ${report.meta.generatedAt}`))).slice(0, 32).toUpperCase());
  const layout = new Layout(doc, chain, undefined, { direction: W.dir, column: noticeWords(options.language).column });

  layout.paragraph(W.kicker, { size: SMALL, color: MUTED, after: 1 });
  layout.heading(report.procurement.title, 1);
  for (const [label, value] of W.procurementFields(report)) layout.field(label, value);
  if (options.tool) layout.field(W.madeWith, options.tool);

  drawDecision(layout, report, W);
  drawConditions(layout, report, W);
  drawVendors(layout, report, W);
  drawMatrix(layout, report, W);

  layout.heading(W.sections.library, 1, { newPage: false });
  layout.paragraph(W.libraryText(report));
  layout.field(W.decisionHashLabel, report.meta.decisionHash, { size: SMALL });
  layout.field(W.requestHashLabel, report.meta.requestHash, { size: SMALL });
  const noticePage = drawTextNotice(layout, options.language);
  if (options.signature) drawSignatureBlock(layout, options.signature, options.language);
  if (noticePage !== null) drawCoverNotice(layout, noticePage, options.language);
  drawFooters(layout, report, W);
  return pdfBytes(doc);
}

function drawDecision(layout: Layout, r: DecisionReport, W: DecisionWords): void {
  layout.heading(W.sections.decision, 1);
  layout.paragraph(W.outcomeText(r), { size: 12, bold: true, color: r.decision.outcome === 'reject' ? ALERT : ACCENT, after: 2 });
  layout.field(W.reasons, r.decision.rationale);
  layout.paragraph(W.decidedText(r), { size: SMALL, color: MUTED });
  const accepted = W.acceptedRedFlagsText(r);
  const stale = W.staleDecisionText(r)?.join('');
  if (stale) layout.paragraph(stale, { bold: true, color: ALERT });
  else if (accepted) {
    layout.paragraph(accepted, { bold: true, color: ALERT, after: 1 });
    layout.bullets(r.decision.acceptedRedFlags.map(W.flagLine), { color: ALERT });
  } else if (r.decision.outcome !== 'reject') layout.paragraph(W.noRedFlagApproved);
}

function drawConditions(layout: Layout, r: DecisionReport, W: DecisionWords): void {
  if (r.conditions.length === 0) return;
  layout.heading(W.sections.conditions, 1);
  for (const c of r.conditions) {
    layout.heading(W.conditionHeading(c), 2);
    layout.paragraph(c.text);
    if (c.answers.length) {
      layout.paragraph(W.labelled(W.answers), { bold: true, after: 0.5 });
      layout.bullets(c.answers.map(W.conditionAnswerText));
    }
    layout.paragraph(W.labelled(W.citations), { bold: true, after: 0.5 });
    layout.bullets(W.citationsOf(c), { size: SMALL });
    if (c.goodPractice) layout.field(GOOD_PRACTICE_WORDS.label, c.goodPractice, { size: SMALL, color: MUTED });
  }
}

function drawVendors(layout: Layout, r: DecisionReport, W: DecisionWords): void {
  layout.heading(W.sections.vendors, 1, { newPage: true });
  layout.paragraph(W.vendorsIntro, { size: SMALL, color: MUTED });
  drawTable(
    layout,
    [
      { header: W.columns.vendor, width: 3 },
      { header: W.columns.product, width: 2.4 },
      { header: W.columns.revision, width: 1.9, align: 'right' },
      { header: W.columns.signature, width: 4 },
      { header: W.columns.redFlags, width: 2 },
      { header: W.columns.answered, width: 1.8 },
    ],
    r.vendors.map((v) => [
      W.name(v.organisation),
      W.name(v.productName),
      String(v.revision),
      W.signatureText(v),
      v.summary.redFlags ? { text: W.vendorRedFlagCount(v), bold: true, color: ALERT } : W.none,
      W.answeredOf(v),
    ]),
  );
  layout.heading(W.sections.redFlags, 2);
  for (const v of r.vendors) {
    layout.heading(W.vendorFlagsHeading(v), 3, { keep: 2 * layout.lineHeight(BODY) });
    if (v.redFlags.length === 0) layout.paragraph(W.noRedFlag);
    else layout.bullets(v.redFlags.map(W.flagLine), { color: ALERT });
    if (v.summary.mandatoryMissing.length) layout.field(W.mandatoryMissing, W.list(v.summary.mandatoryMissing));
  }
}

function drawMatrix(layout: Layout, r: DecisionReport, W: DecisionWords): void {
  layout.heading(W.sections.matrix, 1, { newPage: true });
  layout.paragraph(W.matrixIntro, { size: SMALL, color: MUTED });
  const vendorWidth = Math.max(1.5, 6 / Math.max(1, r.matrix.vendors.length));
  drawTable(
    layout,
    [{ header: W.columns.question, width: 5 }, ...r.matrix.vendors.map((name) => ({ header: W.name(name), width: vendorWidth }))],
    r.matrix.rows.map((row) => [
      W.questionLabel(row),
      ...row.cells.map((c) => (c.redFlag ? { text: W.cellText(c), bold: true, color: ALERT } : W.cellText(c))),
    ]),
    r.matrix.vendors.length > 4 ? 7 : SMALL,
  );
}

/** Every page: the procurement's title, the report id (a printed page traces to its report) and "Page n of N". */
function drawFooters(layout: Layout, r: DecisionReport, W: DecisionWords): void {
  const pages = layout.doc.getNumberOfPages();
  const name = layout.wrap(r.procurement.title, layout.width / 2 - 22, 8)[0] ?? '';
  for (let page = 1; page <= pages; page++) {
    layout.doc.setPage(page);
    layout.use(8, false, MUTED);
    layout.draw(name, layout.left, PAGE.footer);
    layout.draw(W.reportMark(r.meta.reportId), layout.left + layout.width / 2, PAGE.footer, 'center');
    layout.draw(W.pageMark(page, pages), layout.left + layout.width, PAGE.footer, 'right');
  }
}
