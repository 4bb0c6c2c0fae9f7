import type { jsPDF } from 'jspdf';
import type { FullReport } from '../../domain/report/fullReport';
import { draftLine } from '../common';
import { pageMarkWords, type PageMarkWords } from '../words';
import { ALERT, MUTED, PAGE, type Layout } from './layout';
import { isolate } from './bidi';
import type { WordOutline } from './fontChain';

/** Block letters on a 0–1 grid (x right, y down), one polyline per stroke. */
const LETTERS: Record<string, number[][][]> = {
  D: [[[0, 0], [0, 1], [0.5, 1], [0.72, 0.86], [0.8, 0.5], [0.72, 0.14], [0.5, 0], [0, 0]]],
  R: [[[0, 1], [0, 0], [0.58, 0], [0.75, 0.12], [0.75, 0.38], [0.58, 0.5], [0, 0.5]], [[0.38, 0.5], [0.78, 1]]],
  A: [[[0, 1], [0.4, 0], [0.8, 1]], [[0.16, 0.62], [0.64, 0.62]]],
  F: [[[0.75, 0], [0, 0], [0, 1]], [[0, 0.5], [0.6, 0.5]]],
  T: [[[0, 0], [0.8, 0]], [[0.4, 0], [0.4, 1]]],
  B: [
    [[0, 0.5], [0, 0], [0.5, 0], [0.68, 0.1], [0.68, 0.4], [0.5, 0.5]],
    [[0, 0.5], [0, 1], [0.55, 1], [0.76, 0.88], [0.76, 0.62], [0.55, 0.5], [0, 0.5]],
  ],
  O: [[[0.4, 0], [0.68, 0.1], [0.8, 0.5], [0.68, 0.9], [0.4, 1], [0.12, 0.9], [0, 0.5], [0.12, 0.1], [0.4, 0]]],
  U: [[[0, 0], [0, 0.75], [0.12, 0.94], [0.4, 1], [0.68, 0.94], [0.8, 0.75], [0.8, 0]]],
  I: [[[0.4, 0], [0.4, 1]], [[0.2, 0], [0.6, 0]], [[0.2, 1], [0.6, 1]]],
  L: [[[0, 0], [0, 1], [0.75, 1]]],
  N: [[[0, 1], [0, 0], [0.8, 1], [0.8, 0]]],
};

/** Whether the stroke alphabet can draw a word (DRAFT, BROUILLON, BORRADOR). */
export const canStroke = (word: string) => word !== '' && [...word].every((letter) => letter in LETTERS);

/**
 * A large diagonal word (DRAFT in English, `pageMarkWords(language).watermark`)
 * across the page, drawn as pale lines before anything else on the page so text
 * sits on top of it. It is a drawing, not text: copying a paragraph never picks
 * it up; the words "DRAFT …" are in the page header. A longer word is drawn
 * smaller so it still fits the page's diagonal. A word with letters the stroke
 * alphabet lacks (Arabic, accented letters) is drawn as DRAFT.
 */
export function drawDraftWatermark(doc: jsPDF, mark = 'DRAFT', outline: WordOutline | null = null): void {
  if (!canStroke(mark) && outline && outline.width > 0) return fillOutline(doc, outline);
  const word = canStroke(mark) ? mark : 'DRAFT';
  const height = word.length <= 5 ? 34 : (34 * 5) / word.length;
  const advance = 1.08 * height;
  const angle = (-35 * Math.PI) / 180;
  const [cx, cy] = [PAGE.width / 2, PAGE.height / 2];
  const width = (word.length - 1) * advance + 0.8 * height;
  const place = ([x, y]: number[], i: number): [number, number] => {
    const lx = i * advance + x! * height - width / 2;
    const ly = y! * height - height / 2;
    return [cx + lx * Math.cos(angle) - ly * Math.sin(angle), cy + lx * Math.sin(angle) + ly * Math.cos(angle)];
  };
  doc.setDrawColor(222, 222, 222);
  doc.setLineWidth(2.4);
  doc.setLineCap('round');
  doc.setLineJoin('round');
  [...word].forEach((letter, i) => {
    for (const stroke of LETTERS[letter]!) {
      const points = stroke.map((p) => place(p, i));
      for (let k = 1; k < points.length; k++) doc.line(points[k - 1]![0], points[k - 1]![1], points[k]![0], points[k]![1]);
    }
  });
  doc.setLineCap('butt');
  doc.setLineJoin('miter');
}

/**
 * A word the stroke letters cannot draw (Arabic), drawn as its font's glyph
 * outlines, shaped (`FontChain.outlines`): pale filled shapes on the same
 * diagonal, as wide as the English mark at most, still no text.
 */
function fillOutline(doc: jsPDF, outline: WordOutline): void {
  const em = Math.min(90, 170 / outline.width);
  const angle = (-35 * Math.PI) / 180;
  const [cx, cy] = [PAGE.width / 2, PAGE.height / 2];
  const at = (gx: number, gy: number, x: number, y: number): [number, number] => {
    const lx = (gx + x - outline.width / 2) * em;
    const ly = (0.3 - gy - y) * em;
    return [cx + lx * Math.cos(angle) - ly * Math.sin(angle), cy + lx * Math.sin(angle) + ly * Math.cos(angle)];
  };
  const ops: { op: string; c: number[] }[] = [];
  for (const glyph of outline.glyphs) {
    let current: [number, number] = [0, 0];
    for (const { type, values: v } of glyph.commands) {
      const p = (i: number) => at(glyph.x, glyph.y, v[i]!, v[i + 1]!);
      if (type === 'M' || type === 'L') {
        current = p(0);
        ops.push({ op: type === 'M' ? 'm' : 'l', c: current });
      } else if (type === 'Q') {
        // A quadratic curve as the cubic that traces it.
        const [c, end] = [p(0), p(2)];
        const third = (a: [number, number], b: [number, number]) => [a[0] + (2 / 3) * (b[0] - a[0]), a[1] + (2 / 3) * (b[1] - a[1])];
        ops.push({ op: 'c', c: [...third(current, c), ...third(end, c), ...end] });
        current = end;
      } else if (type === 'C') {
        current = p(4);
        ops.push({ op: 'c', c: [...p(0), ...p(2), ...current] });
      } else if (type === 'Z') ops.push({ op: 'h', c: [] });
    }
  }
  if (ops.length === 0) return;
  doc.setFillColor(232, 232, 232);
  doc.path(ops);
  doc.fill();
}

/**
 * The marks every page carries, drawn once all pages exist: the draft line in
 * the top margin while the report is a draft, and a footer with the product,
 * the report id (so a single page can be traced to its report) and "Page n of N".
 * Right to left, the footer is mirrored: the product on the right, "Page n of N" on the left.
 */
export function drawPageMarks(layout: Layout, report: FullReport, words: PageMarkWords = pageMarkWords()): void {
  const { doc } = layout;
  const pages = doc.getNumberOfPages();
  // The id is a Latin code inside a sentence in the report's language: isolated, it keeps its hyphens in place in Arabic.
  const idText = words.reportId(isolate(report.meta.reportId, layout.direction));
  const name = layout.wrap(report.meta.productName, layout.width / 2 - 22, 8)[0] ?? '';
  const draft = report.meta.draft ? layout.wrap(draftLine(report, words.language), layout.width, 8, true) : [];
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (draft.length > 0) {
      layout.use(8, true, ALERT);
      layout.draw(draft, layout.left, PAGE.top - 6);
    }
    layout.use(8, false, MUTED);
    layout.draw(name, layout.left, PAGE.footer);
    layout.draw(idText, layout.left + layout.width / 2, PAGE.footer, 'center');
    layout.draw(words.page(page, pages), layout.left + layout.width, PAGE.footer, 'right');
  }
}
