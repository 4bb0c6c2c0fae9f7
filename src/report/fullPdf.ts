import { jsPDF } from 'jspdf';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FullReport } from '../domain/report/fullReport';
import { textOf, type ReportFonts } from './fonts';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';
import { coverLabels, noticeWords, pageMarkWords, sectionTitles } from './words';
import { reportWords } from './reportWords';
import { draftLine } from './common';
import { embedFonts, pdfBytes, printable } from './pdf/embed';
import { Layout } from './pdf/layout';
import { canStroke, drawDraftWatermark, drawPageMarks } from './pdf/pageMarks';
import { contentsPages, drawContents, drawCover, drawEasyRead, drawExecutiveSummary } from './pdf/front';
import { drawCoverage, drawFindings, drawMethodology, drawProfile } from './pdf/analysis';
import { drawActions, drawAnnex, drawAnswers, drawContext } from './pdf/records';
import { drawAudit, drawTrailAnnex } from './pdf/audit';
import { drawCoverNotice, drawTextNotice } from './pdf/notice';
import { drawChecklistLanguage } from './pdf/languageNote';
import { checklistLanguageLines } from './checklistLanguageWords';
import { drawSignatureBlock, signatureBlockHeight, signatureKeywords, type SignatureBlock } from './pdf/signature';

export type { SignatureBlock } from './pdf/signature';

export interface PdfRenderOptions {
  /**
   * Render for signing: print this signature block on the last page and the
   * hashes in the document keywords, so both end up inside the signed bytes.
   */
  signature?: SignatureBlock;
  /** The program and version that made the report, printed on the cover. */
  tool?: string;
  /** The language the report is worded in (the person's and the checklist's text stay as written); English when not given. */
  language?: LanguageState;
}

const CONTENTS_PAGE = 2;

/**
 * Every piece of text the PDF will print, for choosing its fonts (and loading HarfBuzz): the
 * report's, and the headings and cover labels in the report’s language (Arabic needs shaping too).
 */
export function pdfText(report: FullReport, language?: LanguageState): string {
  const w = reportWords(language);
  const words = [...Object.values(sectionTitles(language)), ...Object.values(coverLabels(language)), pageMarkWords(language).page(0, 0), pageMarkWords(language).reportId(''), draftLine(report, language)];
  return `${textOf(report)}\n${[...words, ...checklistLanguageLines(report, language), w.say(w.m.title, { product: '' }), w.say(w.m.redFlag), w.say(w.m.overdue)].join('\n')}`;
}

/**
 * The full report as an A4 PDF. Sections are laid out in one pass; the contents
 * page reserved after the cover is filled in once every heading's page is known,
 * and the "Page n of N" footers go on last.
 */
export function renderFullReportPdf(report: FullReport, fonts: ReportFonts, options: PdfRenderOptions = {}): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const chain = embedFonts(doc, fonts, pdfText(report, options.language));
  const w = reportWords(options.language);
  doc.setProperties({
    title: printable(w.say(w.m.title, { product: report.meta.productName })),
    subject: printable(w.say(w.m.subject)),
    author: printable(report.meta.assessor || report.meta.organisation),
    creator: 'HRBA@Tech due diligence',
  });
  const locale = w.language.locale;
  // The document's language is the report's (a reader's screen reader picks its voice from it).
  doc.setLanguage(locale);
  // Arabic: the pages are laid out right to left, and a viewer showing two pages side by side puts the first on the right.
  const direction = LOCALES[locale].dir;
  if (direction === 'rtl') doc.viewerPreferences({ Direction: 'R2L' });
  reproducible(doc, report);
  if (options.signature) signatureKeywords(doc, report.meta.assessmentHash, options.signature);
  const layout = new Layout(doc, chain, sectionTitles(options.language), { direction, column: noticeWords(options.language).column });
  // The watermark goes on each page as it is made, under everything drawn later.
  if (report.meta.draft) {
    const word = pageMarkWords(options.language).watermark;
    // A word the stroke letters lack (Arabic) is drawn as its font's outlines when the report has a shaper.
    const outline = canStroke(word) ? null : chain.outlines(word, direction);
    drawDraftWatermark(doc, word, outline);
    layout.onNewPage = () => drawDraftWatermark(doc, word, outline);
  }

  drawCover(layout, report, w, options.tool);
  drawChecklistLanguage(layout, report, options.language);
  layout.newPage(); // the contents, filled in below
  layout.newPage();
  drawExecutiveSummary(layout, report, w);
  drawAudit(layout, report, w);
  drawEasyRead(layout, report, w);
  drawMethodology(layout, report, w);
  drawProfile(layout, report, w);
  drawCoverage(layout, report, w);
  drawFindings(layout, report, w);
  drawAnswers(layout, report, w);
  drawActions(layout, report, w);
  drawContext(layout, report, w);
  drawTrailAnnex(layout, report, w);
  // Signing: the signature block follows the hash on the same page, unless the notice comes between them.
  drawAnnex(layout, report, w, options.signature && layout.troubles.length === 0 ? signatureBlockHeight(layout) + 5 : 0);
  const noticePage = drawTextNotice(layout, options.language);
  if (options.signature) drawSignatureBlock(layout, options.signature, options.language);

  // A long contents list takes more pages: insert them and move every heading down by as many.
  const extra = contentsPages(layout.headings) - 1;
  for (let i = 0; i < extra; i++) {
    doc.insertPage(CONTENTS_PAGE + 1);
    doc.setPage(CONTENTS_PAGE + 1);
    layout.onNewPage?.();
  }
  const headings = layout.headings.map((h) => ({ ...h, page: h.page + (h.page > CONTENTS_PAGE ? extra : 0) }));
  drawContents(layout, headings, CONTENTS_PAGE);
  addOutline(doc, headings);
  if (noticePage !== null) drawCoverNotice(layout, noticePage + (noticePage > CONTENTS_PAGE ? extra : 0), options.language);
  drawPageMarks(layout, report, pageMarkWords(options.language));
  return pdfBytes(doc);
}

/**
 * The same assessment reported as of the same moment gives the same bytes: jsPDF would otherwise
 * stamp the clock time and a random file id, so two runs could never be compared by hash.
 */
function reproducible(doc: jsPDF, report: FullReport): void {
  doc.setCreationDate(new Date(report.meta.generatedAt));
  doc.setFileId(bytesToHex(sha256(utf8ToBytes(`${report.meta.assessmentHash} ${report.meta.generatedAt}`))).slice(0, 32).toUpperCase());
}

function addOutline(doc: jsPDF, headings: Layout['headings']): void {
  let parent: ReturnType<jsPDF['outline']['add']> | null = null;
  for (const h of headings) {
    const title = h.plain ?? h.text;
    if (h.level === 1) parent = doc.outline.add(null, title, { pageNumber: h.page });
    else if (h.level === 2) doc.outline.add(parent, title, { pageNumber: h.page });
  }
}
