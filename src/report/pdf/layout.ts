import type { jsPDF } from 'jspdf';
import { FAMILY, printable } from './embed';
import { TextMeasure, ptToMm, type Weight } from './measure';
import type { FontChain } from './fontChain';
import { drawRuns, type TextTrouble } from './runs';
import { NO_REORDER, balanceIsolates, isolateEach, visualLine, withoutControls } from './bidi';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;

export type Rgb = readonly [number, number, number];
export const INK: Rgb = [26, 26, 26];
export const MUTED: Rgb = [80, 80, 80];
export const ACCENT: Rgb = [23, 55, 94];
export const ALERT: Rgb = [158, 17, 30];

/** A4 in millimetres. Body text never goes below `bottom`; the footer lives underneath it. */
export const PAGE = { width: 210, height: 297, margin: 18, top: 18, bottom: 297 - 20, footer: 297 - 10 } as const;
export const BODY = 9.5;
export const SMALL = 8.5;
/** Line height as a multiple of the font size; jsPDF uses the same factor between the lines of one text call. */
export const LEADING = 1.35;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  /** Millimetres from the left margin. */
  indent?: number;
  /** Millimetres of space after the block. */
  after?: number;
}

export interface Heading {
  text: string;
  level: 1 | 2 | 3;
  page: number;
  y: number;
  /** The text without bidi isolates, for the PDF outline (which a viewer orders itself). */
  plain?: string;
}

/**
 * A cursor down the page. Every block is measured before it is drawn, and text
 * is placed line by line in boxes that never overlap: a block that does not fit
 * continues on the next page, so nothing is ever drawn past `PAGE.bottom`.
 */
export class Layout {
  y: number = PAGE.top;
  page = 1;
  readonly headings: Heading[] = [];
  readonly measure: TextMeasure;
  /** Where characters printed as boxes (no font has them) or unshaped, for the notice at the end. */
  readonly troubles: TextTrouble[] = [];
  /** The heading or field being drawn, so a notice can name where a character is. */
  where = '';
  private current = { weight: '' as Weight | '', size: 0, color: '' };

  constructor(readonly doc: jsPDF, readonly chain: FontChain) {
    this.measure = new TextMeasure(chain);
    doc.setLineHeightFactor(LEADING);
  }

  /**
   * Draws text at a baseline in the size and colour set by `use`. Each line is
   * put in visual order first (Arabic shaped while still in typed order, then
   * reordered: bidi.ts). Lines the report's own font covers go to jsPDF in one
   * call; a line that needs a fallback font is drawn run by run.
   */
  draw(text: string | readonly string[], x: number, y: number, align?: 'right' | 'center'): void {
    const lines = (typeof text === 'string' ? [text] : text).map((line) => visualLine(ARABIC.test(line) ? this.doc.processArabic(line) : line));
    const weight = this.current.weight || 'normal';
    const split = lines.map((line) => this.chain.runs(line, weight));
    const simple = split.every((runs) => runs.length <= 1 && (runs[0] === undefined || (runs[0].family === FAMILY && runs[0].actual === undefined)));
    if (simple) {
      this.doc.text(lines, x, y, align ? { ...NO_REORDER, align } : NO_REORDER);
      return;
    }
    const lh = this.lineHeight(this.current.size);
    split.forEach((runs, i) => drawRuns(this.doc, runs, x, y + i * lh, this.current.size, align, (t) => this.troubles.push({ ...t, where: this.where })));
    // Runs switch fonts: make the next `use` set the font again.
    this.current.weight = '';
  }

  get left(): number {
    return PAGE.margin;
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  lineHeight(size: number): number {
    return ptToMm(size) * LEADING;
  }

  /** Where the baseline sits in a line box that starts at `top`, so ascenders and descenders stay inside it. */
  baseline(top: number, size: number): number {
    return top + this.lineHeight(size) * 0.76;
  }

  /** Sets font, size and colour, skipping what is already set (jsPDF writes an operator for each call). */
  use(size: number, bold = false, color: Rgb = INK): void {
    const weight: Weight = bold ? 'bold' : 'normal';
    if (weight !== this.current.weight) this.doc.setFont(FAMILY, weight);
    if (size !== this.current.size) this.doc.setFontSize(size);
    const key = color.join(',');
    if (key !== this.current.color) this.doc.setTextColor(color[0], color[1], color[2]);
    this.current = { weight, size, color: key };
  }

  wrap(text: string, width: number, size: number, bold = false): string[] {
    return balanceIsolates(this.measure.wrap(printable(text), width, size, bold ? 'bold' : 'normal'));
  }

  /** Called on every page added after the first, before anything is drawn on it (the draft watermark). */
  onNewPage: (() => void) | undefined;

  newPage(): void {
    this.doc.addPage();
    this.onNewPage?.();
    this.page++;
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` millimetres still fit on this one (or this page is still empty). */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom && this.y > PAGE.top) this.newPage();
  }

  /** Vertical space; none at the top of a page, and never past the bottom. */
  space(mm: number): void {
    if (this.y > PAGE.top) this.y = Math.min(this.y + mm, PAGE.bottom);
  }

  /**
   * Draws wrapped lines at `x`, as many per page as fit, one text call per page.
   * The first line is always drawn whole on the page it starts on.
   */
  lines(lines: readonly string[], x: number, size: number, bold = false, color: Rgb = INK): void {
    const lh = this.lineHeight(size);
    let i = 0;
    while (i < lines.length) {
      let fit = Math.floor((PAGE.bottom - this.y) / lh + 1e-6);
      if (fit < 1) {
        this.newPage();
        fit = Math.floor((PAGE.bottom - this.y) / lh + 1e-6);
      }
      const chunk = lines.slice(i, i + fit);
      this.use(size, bold, color);
      this.draw(chunk, x, this.baseline(this.y, size));
      this.y += chunk.length * lh;
      i += chunk.length;
    }
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY;
    const indent = style.indent ?? 0;
    this.lines(this.wrap(text, this.width - indent, size, style.bold), this.left + indent, size, style.bold, style.color);
    this.y += style.after ?? 1.5;
  }

  /**
   * "Label: value" with the label in bold and the value wrapped after it; later
   * lines of the value start at the indent. The label keeps its trailing space,
   * so text extraction reads "Label: value".
   */
  field(label: string, value: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY;
    const indent = style.indent ?? 0;
    const color = style.color ?? INK;
    const head = `${label}: `;
    const headWidth = this.measure.width(head, size, 'bold');
    const width = this.width - indent;
    // A long label leaves too little room beside it: the value then starts on the next line.
    const beside = width - headWidth > width * 0.3;
    // The value is a paragraph of its own: it keeps its own direction and cannot reorder the label.
    const lines = balanceIsolates(this.measure.wrap(printable(isolateEach(value)) || '—', width, size, 'normal', beside ? width - headWidth : width));
    const lh = this.lineHeight(size);
    if (this.y + lh > PAGE.bottom) this.newPage();
    const x = this.left + indent;
    const where = this.where;
    this.where = label;
    this.use(size, true, color);
    this.draw(head, x, this.baseline(this.y, size));
    if (beside) {
      this.use(size, false, color);
      this.draw(lines[0]!, x + headWidth, this.baseline(this.y, size));
    }
    this.y += lh;
    this.lines(beside ? lines.slice(1) : lines, x, size, false, color);
    this.y += style.after ?? 1;
    this.where = where;
  }

  /**
   * A heading, kept with at least `keep` millimetres of what follows. Levels 1
   * and 2 go into the table of contents and the PDF outline.
   */
  heading(text: string, level: 1 | 2 | 3, options: { newPage?: boolean; keep?: number } = {}): void {
    if (options.newPage && this.y > PAGE.top) this.newPage();
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10;
    const before = level === 1 ? 0 : level === 2 ? 4 : 2.5;
    const lines = this.wrap(text, this.width, size, true);
    const height = before + lines.length * this.lineHeight(size) + (options.keep ?? 3 * this.lineHeight(BODY));
    this.ensure(height);
    this.space(before);
    this.headings.push({ text, level, page: this.page, y: this.y, plain: withoutControls(text) });
    this.where = text;
    this.lines(lines, this.left, size, true, level === 3 ? INK : ACCENT);
    this.y += level === 1 ? 3 : 1.5;
  }

  bullets(items: readonly string[], style: TextStyle = {}): void {
    const size = style.size ?? BODY;
    const indent = (style.indent ?? 0) + 5;
    for (const item of items) {
      const lines = this.wrap(item, this.width - indent, size, style.bold);
      this.ensure(this.lineHeight(size));
      this.use(size, false, style.color ?? INK);
      this.draw('•', this.left + indent - 4, this.baseline(this.y, size));
      this.lines(lines, this.left + indent, size, style.bold, style.color);
      this.y += style.after ?? 1.2;
    }
  }

  rule(color: Rgb = [190, 190, 190]): void {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(0.2);
    this.doc.line(this.left, this.y, this.left + this.width, this.y);
  }
}
