/**
 * Arabic (and Devanagari) in the PDF shaped by HarfBuzz, laid out by the bidi
 * algorithm run by run, wrapped by the shaped glyphs' advances, a right-to-left
 * paragraph set against the right margin. Checked with poppler, which nobody
 * here wrote: `pdftotext` for the text (after Unicode normalisation: joined
 * Arabic letters read as their presentation forms) and `pdftotext -bbox` for
 * where each word is drawn.
 */
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { loadReportFontsFor } from '../../../src/report/fontsNode';
import { NOTICE_HEADING } from '../../../src/report/pdf/notice';
import { embedFonts } from '../../../src/report/pdf/embed';
import { syntheticReport } from './fixtures';
import { popplerText, popplerWords, type PopplerWord } from './pdfText';

const ASSESSOR = 'محمد العلي';
const ORGANISATION = 'وزارة الصحة';
/** An English sentence with an Arabic name and a number in it (a left-to-right paragraph). */
const ACTION = `Ask ${ASSESSOR} to check 12 files`;
/** An Arabic sentence with a Latin name and numbers in it (a right-to-left paragraph). */
const MIXED_NOTE = 'راجع محمد العلي نظام Kestrel 2.0 في 12 نوفمبر';
/** How that note is seen, left to right: the Latin name and the number keep their places between the Arabic words. */
const MIXED_SEEN = ['نوفمبر', '12', 'في', 'Kestrel', '2.0', 'نظام', 'العلي', 'محمد', 'راجع'];
const ARABIC_WORDS = 'تشرح الوثيقة كيف يعالج النظام بيانات الأسر المستفيدة ولا يشارك المعلومات مع أي جهة أخرى دون موافقة مكتوبة من أصحابها'.split(' ');
const DEVANAGARI_WORDS = 'यह प्रक्रिया क्षत्रिय विभाग की समीक्षा और प्रिया शर्मा के निर्णय के बाद सभी परिवारों को लिखित सूचना देती है'.split(' ');

/** A paragraph of `sentences` numbered sentences of varying length, so lines do not break at sentence ends by chance. */
const paragraph = (words: string[], sentences: number, stop: string) =>
  Array.from({ length: sentences }, (_, i) => `${words.slice(0, 8 + ((i * 5) % (words.length - 8))).join(' ')} ${i + 1}${stop}`).join(' ');
const LONG_ARABIC = paragraph(ARABIC_WORDS, 12, '.');
const LONG_DEVANAGARI = paragraph(DEVANAGARI_WORDS, 12, '।');

/** A4 in points, and the report's 18 mm margins. */
const PAGE_WIDTH = 595.28;
const MARGIN = 18 * (72 / 25.4);
const RIGHT = PAGE_WIDTH - MARGIN;
/** A space in DejaVu Sans at the body size (9.5 pt), in points, with a little to spare for rounding. */
const SPACE = 3.1;
/** Notes are indented 4 mm under their question. */
const NOTES_LEFT = MARGIN + 4 * (72 / 25.4);

const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const DEVANAGARI = /\p{Script=Devanagari}/u;

type Word = PopplerWord;

/** Every word poppler finds, page by page, with its box in points; rows are words whose tops are within 2 pt. */
const wordsByPage = (bytes: ArrayBuffer) => popplerWords(bytes);

function rows(words: Word[]): Word[][] {
  const out: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.y - b.y)) {
    const row = out.find((r) => Math.abs(r[0]!.y - w.y) <= 2);
    if (row) row.push(w);
    else out.push([w]);
  }
  return out.map((r) => r.sort((a, b) => a.xMin - b.xMin));
}

/** Text as compared: compatibility forms folded (joined Arabic letters), poppler's own direction marks (RLE, PDF) dropped, spaces collapsed. */
const norm = (text: string) => text.normalize('NFKC').replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
/** A word drawn right to left, read back in typed order. */
const typed = (word: string) => (ARABIC.test(word) ? [...word.normalize('NFKC')].reverse().join('') : word);

let text: string;
let pages: Word[][];

beforeAll(async () => {
  const report = await syntheticReport({
    productName: 'Kestrel',
    actions: 1,
    extra: (a, apply) => {
      const [first, second, third] = Object.keys(a.answers);
      apply({ type: 'answer.set', itemId: first!, status: 'yes', notes: MIXED_NOTE, evidence: [] });
      apply({ type: 'answer.set', itemId: second!, status: 'yes', notes: LONG_ARABIC, evidence: [] });
      apply({ type: 'answer.set', itemId: third!, status: 'yes', notes: LONG_DEVANAGARI, evidence: [] });
      apply({ type: 'action.set', action: { id: 'A-ar', description: ACTION, owner: ASSESSOR, dueDate: '2027-01-15', status: 'planned' } });
    },
  });
  report.meta.assessor = ASSESSOR;
  report.meta.organisation = ORGANISATION;
  const bytes = renderFullReportPdf(report, await loadReportFontsFor(report));
  text = popplerText(bytes);
  pages = wordsByPage(bytes);
}, 180_000);

describe('Arabic text in the PDF, as pdftotext reads it', () => {
  it('finds the Arabic names in typed order, with no replacement character and no notice', () => {
    const found = norm(text);
    expect(found).toContain(`Assessor: ${ASSESSOR}`);
    expect(found).toContain(ORGANISATION);
    // jsPDF's own Arabic pass once turned the visual "لا" inside this word into a lam-alef ligature ("يعلاج").
    expect(found).toContain('كيف يعالج النظام');
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toContain(NOTICE_HEADING);
  });

  it('finds the English sentence with an Arabic name and a number in order', () => {
    // poppler moves the space at the edge of a right-to-left run (it reverses the run with its spaces), so compare without spaces.
    const squeezed = (t: string) => norm(t).replace(/ /g, '');
    expect(squeezed(text)).toContain(squeezed(ACTION));
  });

  it('finds the Arabic words of the Arabic sentence with a Latin name and numbers, each stretch in typed order', () => {
    const found = norm(text);
    expect(found).toContain('راجع محمد العلي نظام');
    expect(found).toContain('Kestrel 2.0');
    expect(found).toContain('نوفمبر');
  });

  it('draws that sentence right to left with the Latin name and the number isolated in their places', () => {
    const row = pages.flatMap(rows).find((r) => r[0]!.text === 'Notes:' && r.some((w) => w.text === 'Kestrel'));
    expect(row?.map((w) => typed(w.text))).toEqual(['Notes:', ...MIXED_SEEN]);
  });

  it('draws lam-alef as one glyph: HarfBuzz ligates it, and the glyph reads as the ligature', async () => {
    // "ولا" in the long note: waw does not join to the left, so lam-alef stands alone, U+FEFB.
    expect(text).toContain('\uFEFB');
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    const chain = embedFonts(doc, await loadReportFontsFor('ولا'), 'ولا');
    const [run] = chain.lineRuns('\u2067ولا\u2069', 'normal');
    const glyphs = chain.shape(run!)!;
    expect([...glyphs.pieces.map((p) => p.text).join('')]).toHaveLength(2);
  });
});

describe('long Arabic and Devanagari paragraphs, as poppler places their words', () => {
  it('keeps every word on every page inside the text margins', () => {
    const outside = pages.flat().filter((w) => w.xMin < MARGIN - 0.5 || w.xMax > RIGHT + 0.5);
    expect(outside).toEqual([]);
  });

  it('sets each line of the Arabic paragraph against the right margin, and wraps where the next word would not fit', () => {
    const lines = pages.flatMap(rows).filter((r) => r.some((w) => ARABIC_WORDS.includes(typed(w.text))));
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(Math.abs(line.at(-1)!.xMax - RIGHT), line.map((w) => w.text).join(' ')).toBeLessThan(1);
    // Between two full lines, the first word of the next line (its rightmost) is wider than the room left on this one.
    for (let i = 1; i + 1 < lines.length; i++) {
      const room = lines[i]![0]!.xMin - NOTES_LEFT;
      const next = lines[i + 1]!.at(-1)!;
      expect(next.xMax - next.xMin + SPACE).toBeGreaterThan(room);
    }
  });

  it('wraps the Devanagari paragraph by its shaped widths: each line is full, the next word would not have fit', () => {
    const lines = pages.flatMap(rows).filter((r) => r.some((w) => DEVANAGARI.test(w.text)));
    expect(lines.length).toBeGreaterThan(4);
    for (let i = 0; i + 1 < lines.length; i++) {
      const room = RIGHT - lines[i]!.at(-1)!.xMax;
      const next = lines[i + 1]![0]!;
      expect(next.xMax - next.xMin + SPACE, lines[i]!.map((w) => w.text).join(' ')).toBeGreaterThan(room);
    }
  });
});
