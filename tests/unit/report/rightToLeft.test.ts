/**
 * A report in Arabic is laid out right to left: every page is the left-to-right
 * page mirrored. Read back by poppler's `pdftotext -bbox-layout` (each word's box
 * as drawn): headings and paragraphs end at the right margin, a label sits right
 * of its value, a table's first column is the rightmost, bullets stand right of
 * their text, the contents' page numbers and the footer's "Page n of N" go to the
 * left margin. The same scene left to right keeps its places (pinned here in
 * millimetres, so a change to the right-to-left code cannot move an English report).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import type { LanguageState } from '../../../src/i18n/language';
import { pdfText, renderFullReportPdf } from '../../../src/report/fullPdf';
import { renderFullReportHtml } from '../../../src/report/html';
import { STYLE } from '../../../src/report/html/parts';
import { loadReportFontsFor } from '../../../src/report/fontsNode';
import { directionRuns, isolate, lineBase, paragraphDirection, type Direction } from '../../../src/report/pdf/bidi';
import { embedFonts, pdfBytes } from '../../../src/report/pdf/embed';
import { Layout } from '../../../src/report/pdf/layout';
import { drawTable } from '../../../src/report/pdf/table';
import { syntheticReport } from './fixtures';
import { popplerWords, type PopplerWord } from './pdfText';

const MM = 72 / 25.4;
const LEFT = 18 * MM;
const RIGHT = 192 * MM;
const MIDDLE = 105 * MM;

type Word = PopplerWord;

/** Every word on every page with its box, in points from the top-left corner. */
const words = (bytes: ArrayBuffer) => popplerWords(bytes, '-bbox-layout');

/** Joined Arabic letters folded back; a right-to-left word comes in drawing order, so it is matched either way. */
const fold = (text: string) => text.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
const is = (word: Word, text: string) => fold(word.text) === fold(text) || [...fold(word.text)].reverse().join('') === fold(text);

function find(page: readonly Word[], text: string, after = -1): Word {
  const word = page.find((w) => is(w, text) && w.y > after);
  if (!word) throw new Error(`"${text}" not found among ${page.map((w) => w.text).join(' ')}`);
  return word;
}

/** The words of the line `word` is on, left to right. */
const lineOf = (page: readonly Word[], word: Word) => page.filter((w) => Math.abs(w.y - word.y) < 3).sort((a, b) => a.xMin - b.xMin);

const near = (value: number, expected: number, tolerance = 1) => expect(Math.abs(value - expected), `${value} near ${expected}`).toBeLessThan(tolerance);

const ARABIC_HEADING = 'الملخص التنفيذي';

/** One of each block the layout draws, in `direction`. */
async function scene(direction: Direction): Promise<Word[]> {
  const text = `Kestrel Insight ${ARABIC_HEADING} Owner Zofia Wiśniewska • Bulleted item First Middle Last one two three`;
  const fonts = await loadReportFontsFor(text);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const layout = new Layout(doc, embedFonts(doc, fonts, text), undefined, { direction });
  layout.heading('Kestrel Insight', 1);
  layout.heading(ARABIC_HEADING, 2);
  layout.paragraph('Alpha paragraph of one line.');
  layout.field('Owner', 'Zofia Wiśniewska');
  layout.bullets(['Bulleted item']);
  drawTable(
    layout,
    [
      { header: 'First', width: 1 },
      { header: 'Middle', width: 1 },
      { header: 'Last', width: 1, align: 'right' },
    ],
    [['one', 'two', 'three']],
  );
  return words(pdfBytes(doc))[0]!;
}

describe('the layout, right to left', () => {
  let page: Word[];
  beforeAll(async () => {
    page = await scene('rtl');
  }, 60_000);

  it('sets headings (Latin or Arabic) and paragraphs against the right margin, far from the left one', () => {
    for (const first of ['Kestrel', 'الملخص', 'Alpha']) {
      const line = lineOf(page, find(page, first));
      near(Math.max(...line.map((w) => w.xMax)), RIGHT);
      expect(Math.min(...line.map((w) => w.xMin))).toBeGreaterThan(MIDDLE);
    }
    // A left-to-right paragraph keeps its own word order inside the right-aligned line.
    expect(find(page, 'Alpha').xMin).toBeLessThan(find(page, 'line.').xMin);
    // An Arabic heading reads right to left: its first word is the rightmost.
    expect(find(page, 'الملخص').xMin).toBeGreaterThan(find(page, 'التنفيذي').xMax);
  });

  it('puts a label at the right margin and its value left of it', () => {
    const label = find(page, 'Owner:');
    near(label.xMax, RIGHT);
    expect(find(page, 'Wiśniewska').xMax).toBeLessThan(label.xMin);
    expect(find(page, 'Zofia').xMax).toBeLessThan(label.xMin);
  });

  it('puts a bullet right of its text', () => {
    const bullet = find(page, '•');
    expect(bullet.xMin).toBeGreaterThan(find(page, 'item').xMax);
    expect(bullet.xMax).toBeLessThan(RIGHT + 0.5);
  });

  it('orders table columns from the right: the first column header is the rightmost, cells set against the right of their column', () => {
    const [first, middle, last] = [find(page, 'First'), find(page, 'Middle'), find(page, 'Last')];
    expect(first.xMin).toBeGreaterThan(middle.xMax);
    expect(middle.xMin).toBeGreaterThan(last.xMax);
    near(first.xMax, RIGHT - 1.6 * MM);
    near(find(page, 'one', first.y).xMax, RIGHT - 1.6 * MM);
    // A column aligned to its end (numbers) is aligned to its left edge, the last column's at the left margin.
    near(find(page, 'three').xMin, LEFT + 1.6 * MM);
  });
});

describe('the layout, left to right (pinned, so right-to-left work cannot move an English report)', () => {
  let page: Word[];
  beforeAll(async () => {
    page = await scene('ltr');
  }, 60_000);

  it('keeps every block where it was', () => {
    near(find(page, 'Kestrel').xMin, LEFT);
    // An Arabic heading in a left-to-right report is its own right-to-left line, from the left margin.
    near(Math.min(...lineOf(page, find(page, 'الملخص')).map((w) => w.xMin)), LEFT);
    near(find(page, 'Alpha').xMin, LEFT);
    near(find(page, 'one', find(page, 'First').y).xMin, LEFT + 1.6 * MM);
    const label = find(page, 'Owner:');
    near(label.xMin, LEFT);
    expect(find(page, 'Zofia').xMin).toBeGreaterThan(label.xMax);
    near(find(page, '•').xMin, LEFT + 1 * MM, 1.5);
    near(find(page, 'Bulleted').xMin, LEFT + 5 * MM);
    near(find(page, 'First').xMin, LEFT + 1.6 * MM);
    near(find(page, 'Middle').xMin, LEFT + (174 / 3 + 1.6) * MM);
    near(find(page, 'three').xMax, RIGHT - 1.6 * MM);
  });
});

describe('a full report in Arabic, and the same report in English', () => {
  let report: FullReport;
  let arabic: ArrayBuffer;
  let ar: Word[][];
  let en: Word[][];
  let language: LanguageState;
  beforeAll(async () => {
    report = await syntheticReport({ productName: 'Kestrel Insight' });
    language = { locale: 'ar', messages: await loadCatalogue('ar') };
    arabic = renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { language });
    ar = words(arabic);
    en = words(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report))));
  }, 120_000);

  it('sets the executive summary heading against the right margin in Arabic, against the left one in English', () => {
    const heading = find(ar[2]!, 'الملخص');
    near(heading.xMax, RIGHT);
    expect(Math.min(...lineOf(ar[2]!, heading).map((w) => w.xMin))).toBeGreaterThan(MIDDLE);
    const english = find(en[2]!, 'Executive');
    near(english.xMin, LEFT);
  });

  it('puts the contents’ page numbers at the left margin in Arabic, at the right one in English', () => {
    const entry = find(ar[1]!, 'التنفيذي', 60);
    const number = lineOf(ar[1]!, entry)[0]!;
    expect(number.text).toBe('3');
    near(number.xMin, LEFT);
    near(Math.max(...lineOf(ar[1]!, entry).map((w) => w.xMax)), RIGHT);
    const english = lineOf(en[1]!, find(en[1]!, 'Executive')).at(-1)!;
    expect(english.text).toBe('3');
    near(english.xMax, RIGHT);
  });

  it('mirrors the footer: the product name on the right and the page number on the left in Arabic', () => {
    const footer = (page: Word[]) => page.filter((w) => w.y > 297 * MM - 16 * MM);
    near(find(footer(ar[2]!), 'Insight').xMax, RIGHT);
    expect(find(footer(ar[2]!), 'الصفحة').xMax).toBeLessThan(MIDDLE);
    near(find(footer(en[2]!), 'Kestrel').xMin, LEFT);
    expect(find(footer(en[2]!), 'Page').xMin).toBeGreaterThan(MIDDLE);
  });

  it('says its language and its direction to the viewer', () => {
    const raw = new TextDecoder('latin1').decode(arabic);
    expect(raw).toContain('/Lang (ar)');
    expect(raw).toContain('/Direction /R2L');
  });
});

describe('bidi in a right-to-left line', () => {
  it('keeps a Latin name ending in a full stop whole inside an Arabic sentence only when it is isolated', () => {
    const sentence = (name: string) => `يغطي هذا التقرير ${name} وحده`;
    const runs = (name: string) => directionRuns(sentence(name), 'rtl').map((r) => r.text);
    expect(runs(isolate('Acme Inc.', 'rtl'))).toContain('Acme Inc.');
    // Not isolated, the full stop takes the sentence's direction and is drawn on the name's other side.
    expect(runs('Acme Inc.')).not.toContain('Acme Inc.');
    // A left-to-right sentence does not need it: the name comes back as it was.
    expect(isolate('Acme Inc.')).toBe('Acme Inc.');
  });

  it('gives each paragraph its direction by its first letter, skipping isolated names', () => {
    expect(paragraphDirection(`${isolate('Acme', 'rtl')} يغطي`)).toBe('rtl');
    expect(paragraphDirection('Acme يغطي')).toBe('ltr');
    expect(paragraphDirection(isolate('ملاحظة'))).toBe('rtl');
    expect(paragraphDirection('12 / 40')).toBeNull();
    expect(lineBase('\u200Eيغطي')).toEqual({ text: 'يغطي', base: 'ltr' });
    expect(lineBase('7')).toEqual({ text: '7', base: 'rtl' });
  });
});

describe('the HTML report in Arabic', () => {
  it('says lang="ar" dir="rtl" on its root; French says its language, English stays as it was', async () => {
    const report = await syntheticReport();
    const ar = renderFullReportHtml(report, { language: { locale: 'ar', messages: await loadCatalogue('ar') } });
    expect(ar).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    const fr = renderFullReportHtml(report, { language: { locale: 'fr', messages: await loadCatalogue('fr') } });
    expect(fr).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(renderFullReportHtml(report)).toMatch(/^<!doctype html>\n<html lang="en">/);
  }, 60_000);

  it('styles its tables, lists and fields with logical properties only, so they follow the page’s direction', () => {
    expect(STYLE).not.toMatch(/(margin|padding|border)-(left|right)\b|text-align:\s*(left|right)|float:\s*(left|right)/);
    expect(STYLE).toMatch(/th, td \{ text-align: start;/);
  });
});
