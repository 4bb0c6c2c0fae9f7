/**
 * The report's section headings in the language the report is made in: the PDF (read
 * back by poppler's pdftotext, after Unicode normalisation) and the HTML report carry
 * them from the French and Arabic catalogues, in the body and in the contents list;
 * without a language, they stay English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import type { LanguageState } from '../../../src/i18n/language';
import { pdfText, renderFullReportPdf } from '../../../src/report/fullPdf';
import { loadReportFontsFor } from '../../../src/report/fontsNode';
import { renderFullReportHtml } from '../../../src/report/html';
import { draftLine } from '../../../src/report/common';
import { coverLabels, draftWords, noticeWords, pageMarkWords, sectionTitles } from '../../../src/report/words';
import { canStroke, drawDraftWatermark } from '../../../src/report/pdf/pageMarks';
import { isolate } from '../../../src/report/pdf/bidi';
import { jsPDF } from 'jspdf';
import { embedFonts } from '../../../src/report/pdf/embed';
import { syntheticReport } from './fixtures';
import { popplerText } from './pdfText';


/** Joined Arabic letters folded back (NFKC), poppler's direction marks dropped, spaces collapsed. */
const norm = (text: string) => text.normalize('NFKC').replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
const count = (text: string, part: string) => text.split(part).length - 1;

let report: FullReport;
const languages: Record<'fr' | 'ar', LanguageState> = {} as never;

beforeAll(async () => {
  report = await syntheticReport({ productName: 'Kestrel Insight' });
  for (const locale of ['fr', 'ar'] as const) languages[locale] = { locale, messages: await loadCatalogue(locale) };
}, 120_000);

describe.each([
  ['fr', 'Synthèse', 'Plan d’action', 'Annexe\u00a0: sources citées'],
  // (An Arabic heading with a colon is drawn right, but pdftotext wraps the colon in its own direction marks and moves it.)
  ['ar', 'الملخص التنفيذي', 'خطة العمل', 'المنافع للحقوق'],
] as const)('a report made in %s', (locale, summary, actions, other) => {
  it('prints the translated headings in the PDF, in the body and the contents list, with the product name', async () => {
    const language = languages[locale];
    const text = norm(popplerText(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { language })));
    for (const heading of [summary, actions, other]) expect(count(text, norm(heading)), heading).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('Executive summary');
    expect(text).toContain('Kestrel Insight');
    expect(text).not.toContain('\uFFFD');
  }, 120_000);

  it('prints the translated headings in the HTML report, in the body and the contents list', () => {
    const page = renderFullReportHtml(report, { language: languages[locale] });
    for (const heading of [summary, actions, other]) expect(count(page, `>${heading}</`), heading).toBeGreaterThanOrEqual(2);
    expect(page).not.toContain('>Executive summary<');
  });
});

describe.each([
  ['fr', ['Produit', 'Organisation', 'Évaluateur', 'Empreinte du contenu de la liste de contrôle'], ['Page 1 sur ', 'Rapport ', 'PROJET — ']],
  ['ar', ['المنتج', 'المنظمة', 'نوع التقييم', 'قائمة التحقق'], ['الصفحة', 'التقرير', 'مسودة']],
] as const)('the cover of a report made in %s', (locale, labels, marks) => {
  it('labels its fields and marks its pages in that language in the PDF', async () => {
    const language = languages[locale];
    const text = norm(popplerText(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { language })));
    for (const label of labels) expect(text, label).toContain(norm(label));
    for (const mark of marks) expect(text, mark).toContain(norm(mark));
    expect(text).not.toContain('Assessment type');
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(text).not.toContain('\uFFFD');
  }, 120_000);

  it('labels its fields in that language in the HTML report', () => {
    const page = renderFullReportHtml(report, { language: languages[locale] });
    for (const label of labels) expect(page, label).toContain(`<dt>${label}:</dt>`);
    expect(page).not.toContain('Assessment type');
    expect(report.meta.draft).toBe(true);
    expect(page).toContain(`role="note">${draftLine(report, languages[locale])}</p>`);
    expect(page).not.toContain('DRAFT —');
  });
});

describe('a report made with no language given (the CLI)', () => {
  it('keeps the English headings', () => {
    expect(sectionTitles().summary).toBe('Executive summary');
    expect(renderFullReportHtml(report)).toContain('>Executive summary</');
    expect(coverLabels().mode).toBe('Assessment type');
    expect(draftWords({ answered: 3, applicable: 9, locked: true, revision: 2 })).toBe('DRAFT — 3 of 9 applicable questions answered; not every applicable question is answered');
    expect(draftWords({ answered: 3, applicable: 9, locked: false, revision: 2 })).toBe('DRAFT — 3 of 9 applicable questions answered; revision 2 is not locked');
    expect(draftWords({ answered: 3, applicable: 9, locked: false, revision: 2 }, languages.fr)).toContain('la révision 2 n’est pas verrouillée');
    expect(renderFullReportHtml(report)).toContain('<dt>Assessment type:</dt>');
  });
});

describe('the notice on characters the PDF cannot show, in a report made in French', () => {
  it('is worded in French, on the cover and on its own page, with the code points it could not print', async () => {
    // Tibetan: no embedded font has it, so it prints as a box and the notice says where.
    const tibetan = await syntheticReport({ productName: 'Kestrel \u0F40\u0F41' });
    const language = languages.fr;
    const bytes = renderFullReportPdf(tibetan, await loadReportFontsFor(pdfText(tibetan, language)), { language });
    const cover = norm(popplerText(bytes, ['-f', '1', '-l', '1']));
    expect(cover).toContain('Certains caractères n’ont pas pu être imprimés exactement comme ils ont été saisis');
    const text = norm(popplerText(bytes));
    expect(text).toContain('Caractères que ce PDF ne peut pas afficher correctement');
    expect(text).toContain('U+0F40, U+0F41');
    expect(text).not.toContain('Characters this PDF cannot show correctly');
  }, 120_000);
});

describe('the large DRAFT mark across a draft report’s pages', () => {
  // The mark is a drawing (no text): what it says shows in the page's drawing operators.
  const drawing = (word?: string) => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
    doc.setFileId('0'.repeat(32));
    doc.setCreationDate(new Date(0));
    drawDraftWatermark(doc, word);
    return doc.output();
  };

  it('says the report’s language’s word where the stroke letters can draw it, and stays DRAFT in English', () => {
    expect(pageMarkWords().watermark).toBe('DRAFT');
    expect(drawing('DRAFT')).toBe(drawing());
    const french = pageMarkWords(languages.fr).watermark;
    expect(french).toBe('BROUILLON');
    expect(canStroke(french)).toBe(true);
    expect(drawing(french)).not.toBe(drawing());
    expect(count(drawing(french), ' l\n')).toBeGreaterThan(count(drawing(), ' l\n'));
  });

  it('draws a word the stroke letters lack (Arabic) as its shaped glyph outlines, filled; DRAFT when no outline is at hand', async () => {
    const arabic = pageMarkWords(languages.ar).watermark;
    expect(arabic).toBe('مسودة');
    expect(canStroke(arabic)).toBe(false);
    expect(drawing(arabic)).toBe(drawing());
    const fonts = await loadReportFontsFor(pdfText(report, languages.ar));
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
    const outline = embedFonts(doc, fonts, arabic).outlines(arabic, 'rtl');
    expect(outline?.glyphs.length).toBeGreaterThanOrEqual(4);
    doc.setFileId('0'.repeat(32));
    doc.setCreationDate(new Date(0));
    drawDraftWatermark(doc, arabic, outline);
    const drawn = doc.output();
    expect(drawn).toMatch(/ c\n/);
    expect(drawn).toMatch(/\nf\n/);
    expect(drawn).not.toBe(drawing());
  }, 120_000);

  it('stays out of the text: the French draft PDF carries its draft line, never the mark’s word as text', async () => {
    const language = languages.fr;
    const text = norm(popplerText(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { language })));
    expect(text).toContain(norm(draftLine(report, language)));
    expect(text).not.toContain('BROUILLON ');
    expect(text).not.toMatch(/^DRAFT$/m);
  }, 120_000);
});

describe('the notice’s place in a table column', () => {
  it('is worded in the report’s language, the column’s heading isolated in Arabic', () => {
    expect(noticeWords().column('Action plan', 'Owner')).toBe('Action plan, column “Owner”');
    expect(noticeWords(languages.fr).column('Plan d’action', 'Responsable')).toBe('Plan d’action, colonne « Responsable »');
    const arabic = noticeWords(languages.ar).column('خطة العمل', isolate('Owner', 'rtl'));
    expect(arabic).toContain('العمود');
    expect(arabic).toContain('\u2066Owner\u2069');
  });
});
