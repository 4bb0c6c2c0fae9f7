/**
 * Right-to-left names and notes in the PDF: a name inserted into an English
 * sentence is isolated (the sentence's numbers and punctuation stay where the
 * sentence puts them), brackets inside right-to-left runs are mirrored, and a
 * right-to-left override character cannot reverse what follows it. Checked on
 * the lines as drawn, left to right, read by poppler's `pdftotext -bbox`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { loadReportFontsFor, readReportFonts } from '../../../src/report/fontsNode';
import { syntheticReport } from './fixtures';
import { visualLines } from './visualLines';

const HEBREW_PRODUCT = 'שלום עולם (בדיקה) 2.0';
/** The same name as the eye sees it in a right-to-left run: letters right to left, the brackets turned to face their text. */
const HEBREW_PRODUCT_SEEN = '2.0 (הקידב) םלוע םולש';
const ARABIC_NOTE = 'ملاحظة (مهمة) [1]';

const fonts = readReportFonts();
let report: FullReport;
let lines: string[];
/** The same report with HarfBuzz loaded: Arabic shaped by DejaVu Sans's own rules instead of jsPDF's presentation forms. */
let shapedLines: string[];

beforeAll(async () => {
  report = await syntheticReport({
    productName: HEBREW_PRODUCT,
    extra: (a, apply) => {
      const itemId = Object.keys(a.answers)[0]!;
      apply({ type: 'answer.set', itemId, status: 'yes', notes: ARABIC_NOTE, evidence: [] });
    },
  });
  // No organisation: the name is then followed directly by the sentence's full stop and counts.
  report.meta.organisation = '';
  lines = visualLines(renderFullReportPdf(report, fonts)).flat();
  shapedLines = visualLines(renderFullReportPdf(report, await loadReportFontsFor(report))).flat();
}, 120_000);

describe('a Hebrew product name inside the executive summary sentence', () => {
  it('stays between "covers" and the full stop; the counts after it stay in order', () => {
    const s = report.summary;
    const line = lines.find((l) => l.startsWith('This report covers'));
    // Before isolation this read "This report covers 74 .2.0 )הקידב( …": the count jumped in front of the name.
    expect(line?.startsWith(`This report covers ${HEBREW_PRODUCT_SEEN}. ${s.answered} of ${s.applicable} applicable`), line).toBe(true);
  });
});

describe('an Arabic note with brackets', () => {
  it.each([
    ['shaped by HarfBuzz', () => shapedLines],
    ['joined by presentation forms, without HarfBuzz', () => lines],
  ])('is drawn right to left after its label, with both kinds of bracket mirrored (%s)', (_how, drawn) => {
    const line = drawn().find((l) => l.startsWith('Notes:') && /[\u0600-\u06FF\uFE70-\uFEFF]/.test(l));
    // Arabic is drawn in its joined forms, read back as presentation forms: compare after folding them. Lam-alef
    // is one glyph, so it folds back to its two letters in typed order ("لا") inside the reversed word.
    expect(line?.normalize('NFKC')).toBe('Notes: [1] (ةمهم) ةظحلام');
  });
});

describe('a right-to-left override in a name', () => {
  it('is dropped: the rest of the name prints in the order typed', async () => {
    const r = await syntheticReport({ productName: 'Kestrel' });
    r.meta.productName = 'Kestrel \u202Eabc 12';
    const summary = visualLines(renderFullReportPdf(r, fonts))
      .flat()
      .find((l) => l.startsWith('This report covers'));
    expect(summary).toMatch(/^This report covers Kestrel abc 12 \(Synthetic Labs\)\. \d+ of \d+ applicable/);
  });
});
