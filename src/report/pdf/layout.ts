import type { jsPDF } from 'jspdf';
import { FAMILY, printable } from './embed';
import { TextMeasure, ptToMm, type Weight } from './measure';
import type { FontChain, Run } from './fontChain';
import { SECTIONS } from '../common';
import type { SectionTitles } from '../words';
import { drawRuns, type TextTrouble } from './runs';
import { NO_REORDER, balanceIsolates, isolateEach, lineBase, rtlLine, withoutControls, type Direction } from './bidi';

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
  /** Millimetres from the margin where lines start (the left one; the right one in a right-to-left report). */
  indent?: number;
  /** Millimetres of space after the block. */
  after?: number;
}

interface PendingHeading {
  text: string;
  level: 1 | 2 | 3;
  size: number;
  lines: string[];
  /** Millimetres of space above (none at the top of a page) and below. */
  before: number;
  after: number;
  keep: number;
}

export interface Heading {
  text: string;
  level: 1 | 2 | 3;
  page: number;
  y: number;
  /** The text without bidi isolates, for the PDF outline (which a viewer orders itself). */
  plain?: string;
}

export interface LayoutOptions {
  /**
   * The report's direction (`LOCALES[locale].dir`). Right to left (Arabic), every
   * page is the left-to-right page mirrored: callers place things as for a
   * left-to-right page (x from the left margin, `left` and `width`), and `draw`
   * puts each at the mirrored place, set against the right of where it starts:
   * text starts at the right margin, a label sits right of its value, a table's
   * first column is on the right, bullets and numbers on the right, the
   * contents' page numbers and the footer's "Page n of N" on the left. Shapes a
   * caller draws itself go through `xOf`. Each line is ordered by the bidi
   * algorithm in its paragraph's direction (right to left unless it starts with
   * a left-to-right word). Left to right by default.
   */
  direction?: Direction;
  /** How the notice names a place in a table column (`noticeWords(language).column`); English when not given. */
  column?: (place: string, column: string) => string;
}

/**
 * A cursor down the page. Every block is measured before it is drawn, and text
 * is placed line by line in boxes that never overlap: a block that does not fit
 * continues on the next page, so nothing is ever drawn past `PAGE.bottom`.
 */
export class Layout {
  private cursor: number = PAGE.top;
  page = 1;
  readonly headings: Heading[] = [];
  readonly measure: TextMeasure;
  /** Where characters printed as boxes (no font has them) or unshaped, for the notice at the end. */
  readonly troubles: TextTrouble[] = [];
  /** The notice's name for a place in a table column. */
  readonly column: (place: string, column: string) => string;
  /** The heading or field being drawn, so a notice can name where a character is. */
  where = '';
  private current = { weight: '' as Weight | '', size: 0, color: '' };
  readonly direction: Direction;

  /** `sections`: the section headings in the report's language (English by default). */
  constructor(
    readonly doc: jsPDF,
    readonly chain: FontChain,
    readonly sections: SectionTitles = SECTIONS,
    options: LayoutOptions = {},
  ) {
    this.direction = options.direction ?? 'ltr';
    this.column = options.column ?? ((place, column) => `${place}, column “${column}”`);
    this.measure = new TextMeasure(chain, this.direction);
    doc.setLineHeightFactor(LEADING);
  }

  /**
   * Where a box placed at `x` (from the left, as on a left-to-right page) and
   * `width` wide really starts on the page: mirrored in a right-to-left report.
   * For shapes drawn straight on `doc` (a rectangle, a link); `draw` mirrors text itself.
   */
  xOf(x: number, width = 0): number {
    return this.direction === 'rtl' ? PAGE.width - x - width : x;
  }

  /**
   * Draws text at a baseline in the size and colour set by `use`. Each line is
   * cut into runs of one font and direction in the order they are seen
   * (FontChain.lineRuns: bidi.ts orders them; Arabic, Hebrew and Devanagari
   * runs are shaped by HarfBuzz when it is loaded). Lines the report's own font
   * covers, with nothing to reorder, go to jsPDF in one call; others are drawn
   * run by run. A line of a right-to-left paragraph (`RTL_LINE`) is set against
   * `right`, the right edge of its box, when given. In a right-to-left report
   * the place is mirrored (`drawMirrored`).
   */
  draw(text: string | readonly string[], x: number, y: number, align?: 'right' | 'center', right?: number): void {
    this.flush();
    if (this.dry) return;
    if (this.direction === 'rtl') {
      this.drawMirrored(typeof text === 'string' ? [text] : text, x, y, align);
      return;
    }
    const lines = (typeof text === 'string' ? [text] : text).map(rtlLine);
    const weight = this.current.weight || 'normal';
    const split = lines.map((line) => this.chain.lineRuns(line.text, weight));
    const plain = this.plain(split);
    if (plain) {
      this.doc.text(plain, x, y, align ? { ...NO_REORDER, align } : NO_REORDER);
      return;
    }
    const lh = this.lineHeight(this.current.size);
    split.forEach((runs, i) => {
      const toRight = lines[i]!.rtl && right !== undefined;
      drawRuns(this.doc, this.chain, runs, toRight ? right : x, y + i * lh, this.current.size, toRight ? 'right' : align, (t) => this.troubles.push({ ...t, where: this.where }));
    });
    // Runs switch fonts: make the next `use` set the font again.
    this.current.weight = '';
  }

  /**
   * `draw` in a right-to-left report: text placed at `x` as on a left-to-right
   * page, starting there (no `align`), goes to the mirrored place and ends
   * there; text that ended at `x` starts at the mirrored place; centred text
   * stays centred. Every line is ordered in its own base direction (`lineBase`).
   */
  private drawMirrored(text: readonly string[], x: number, y: number, align?: 'right' | 'center'): void {
    const at = PAGE.width - x;
    const side = align === 'center' ? 'center' : align === 'right' ? undefined : 'right';
    const lines = text.map(lineBase);
    const weight = this.current.weight || 'normal';
    const split = lines.map((line) => this.chain.lineRuns(line.text, weight, line.base));
    const plain = this.plain(split);
    if (plain) {
      this.doc.text(plain, at, y, side ? { ...NO_REORDER, align: side } : NO_REORDER);
      return;
    }
    const lh = this.lineHeight(this.current.size);
    split.forEach((runs, i) => drawRuns(this.doc, this.chain, runs, at, y + i * lh, this.current.size, side, (t) => this.troubles.push({ ...t, where: this.where })));
    this.current.weight = '';
  }

  /** The lines as jsPDF can draw them in one call, when each is one run in the report's own font with nothing to reorder or shape. */
  private plain(split: readonly Run[][]): string[] | null {
    const simple = split.every((runs) => runs.length <= 1 && (runs[0] === undefined || (runs[0].family === FAMILY && runs[0].actual === undefined && !runs[0].rtl && !this.chain.shapes(runs[0].source))));
    return simple ? split.map((runs) => runs[0]?.text ?? '') : null;
  }

  /**
   * The cursor's height on the page. Reading or moving it first places any
   * heading still waiting for its block (`heading`), so code that draws by
   * itself never draws above a heading that has not been placed.
   */
  get y(): number {
    this.flush();
    return this.cursor;
  }

  set y(value: number) {
    this.flush();
    this.cursor = value;
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
    if (this.dry) return;
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
    if (!this.dry) {
      this.doc.addPage();
      this.onNewPage?.();
    }
    this.page++;
    this.cursor = PAGE.top;
  }

  /** While true, blocks are laid out (the cursor moves) but nothing is drawn: `heightOf` measures with it. */
  private dry = false;

  /**
   * How tall the blocks `draw` lays out are, measured by laying them out on an
   * empty page without drawing anything; Infinity if they do not fit on one page.
   * Used to keep a block together with what follows it (the last source and the hash).
   */
  heightOf(draw: () => void): number {
    const saved = { y: this.cursor, page: this.page, where: this.where, headings: this.headings.length, pending: this.pending };
    this.dry = true;
    this.pending = [];
    this.cursor = PAGE.top + 0.001;
    try {
      draw();
      this.flush();
      return this.page === saved.page ? this.cursor - PAGE.top : Infinity;
    } finally {
      this.dry = false;
      this.headings.length = saved.headings;
      Object.assign(this, { cursor: saved.y, page: saved.page, where: saved.where, pending: saved.pending });
    }
  }

  /**
   * Starts a new page unless `height` millimetres still fit on this one (or this page is still empty).
   * Headings waiting for this block go with it: they and `height` fit here, or all move to the next page.
   */
  ensure(height: number): void {
    this.flush(height);
    if (this.cursor + height > PAGE.bottom && this.cursor > PAGE.top) this.newPage();
  }

  /** Vertical space; none at the top of a page, and never past the bottom. After a waiting heading, it goes under the heading. */
  space(mm: number): void {
    const last = this.pending.at(-1);
    if (last) last.after += mm;
    else if (this.cursor > PAGE.top) this.cursor = Math.min(this.cursor + mm, PAGE.bottom);
  }

  /** Headings given but not yet placed: each waits for the start of the block under it (`flush`). */
  private pending: PendingHeading[] = [];

  /**
   * Places the waiting headings (keep-with-next): they and the first `next`
   * millimetres of the block that follows (at least each heading's `keep`) go
   * on this page if they fit, else together on a new one. So a heading never
   * ends a page, whatever the block under it is (a table's header and first
   * rows, a field, a paragraph's first two lines); the contents list gets the
   * page where the heading really lands.
   */
  private flush(next = 0): void {
    if (this.pending.length === 0) return;
    const waiting = this.pending;
    this.pending = [];
    const keep = Math.max(next, waiting.at(-1)!.keep);
    const height = waiting.reduce((h, w, i) => h + (i > 0 || this.cursor > PAGE.top ? w.before : 0) + w.lines.length * this.lineHeight(w.size) + w.after, 0);
    if (this.cursor + height + keep > PAGE.bottom && this.cursor > PAGE.top) this.newPage();
    for (const w of waiting) {
      this.space(w.before);
      this.headings.push({ text: w.text, level: w.level, page: this.page, y: this.cursor, plain: withoutControls(w.text) });
      this.lines(w.lines, this.left, w.size, true, w.level === 3 ? INK : ACCENT);
      this.cursor += w.after;
    }
  }

  /**
   * Draws wrapped lines at `x`, as many per page as fit, one text call per page,
   * with widow and orphan control: a paragraph (lines between blank lines) that
   * breaks across pages leaves at least two of its lines at the foot of the page
   * and carries at least two to the next. `before`: lines of the first paragraph
   * already drawn on this page (a field's first line, beside its label).
   */
  lines(lines: readonly string[], x: number, size: number, bold = false, color: Rgb = INK, before = 0): void {
    const lh = this.lineHeight(size);
    // A waiting heading keeps at least the lines the orphan rule would put on its page.
    this.flush(Math.min(lines.length, 2 - Math.min(before, 2)) * lh);
    let i = 0;
    while (i < lines.length) {
      const fit = Math.floor((PAGE.bottom - this.y) / lh + 1e-6);
      let count = Math.min(fit, lines.length - i);
      if (count < lines.length - i) count = breakBefore(lines, i, count, before);
      if (count <= 0) {
        // A fresh page must take something, whatever the rules say, or nothing would ever be drawn.
        if (this.y <= PAGE.top + 0.01) count = Math.max(1, Math.min(fit, lines.length - i));
        else {
          this.newPage();
          before = 0;
          continue;
        }
      }
      const chunk = lines.slice(i, i + count);
      this.use(size, bold, color);
      this.draw(chunk, x, this.baseline(this.y, size), undefined, this.left + this.width);
      this.y += chunk.length * lh;
      i += chunk.length;
      before = 0;
      // A blank line never opens a page.
      while (i < lines.length && lines[i] === '' && this.y + lh > PAGE.bottom) i++;
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
    // A short field stays whole; a longer one starts only where two of its lines fit (no orphaned label).
    const total = beside ? lines.length : lines.length + 1;
    this.ensure((total <= 3 ? total : 2) * lh);
    const x = this.left + indent;
    const where = this.where;
    this.where = label;
    this.use(size, true, color);
    // Right to left, the label is set against the margin without its space, which would sit on the
    // margin's side if the label is English; the value starts a space's width away all the same.
    this.draw(this.direction === 'rtl' ? head.trimEnd() : head, x, this.baseline(this.y, size));
    if (beside) {
      this.use(size, false, color);
      this.draw(lines[0]!, x + headWidth, this.baseline(this.y, size), undefined, this.left + this.width);
    }
    this.y += lh;
    this.lines(beside ? lines.slice(1) : lines, x, size, false, color, beside ? 1 : 0);
    this.y += style.after ?? 1;
    this.where = where;
  }

  /**
   * A heading, kept with what follows it: it is placed only when the next
   * block starts (`flush`), together with that block's opening (and at least
   * `keep` millimetres). Levels 1 and 2 go into the table of contents and the
   * PDF outline.
   */
  heading(text: string, level: 1 | 2 | 3, options: { newPage?: boolean; keep?: number } = {}): void {
    if (options.newPage && this.y > PAGE.top) this.newPage();
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10;
    this.pending.push({
      text,
      level,
      size,
      lines: this.wrap(text, this.width, size, true),
      before: level === 1 ? 0 : level === 2 ? 4 : 2.5,
      after: level === 1 ? 3 : 1.5,
      keep: options.keep ?? 3 * this.lineHeight(BODY),
    });
    this.where = text;
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
    this.flush();
    if (this.dry) return;
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(0.2);
    this.doc.line(this.left, this.y, this.left + this.width, this.y);
  }
}

/**
 * How many of `lines` from `from` may go on this page, at most `count`: the
 * largest number that does not leave one line of a paragraph alone at the foot
 * of the page (an orphan) or alone at the top of the next (a widow). A break at
 * a blank line is always allowed. 0 when the block must start on the next page.
 */
export function breakBefore(lines: readonly string[], from: number, count: number, before: number): number {
  for (let n = count; n > 0; n--) {
    const at = from + n;
    if (lines[at - 1] === '' || lines[at] === '') return n;
    let above = 0;
    for (let k = at - 1; k >= from && lines[k] !== ''; k--) above++;
    if (above === n) above += before;
    let below = 0;
    for (let k = at; k < lines.length && lines[k] !== ''; k++) below++;
    if (above >= 2 && below >= 2) return n;
  }
  return 0;
}
