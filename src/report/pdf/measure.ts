import type { FontChain } from './fontChain';
import { LTR_LINE, RTL_LINE, isRtlParagraph, paragraphDirection, type Direction } from './bidi';

export type Weight = 'normal' | 'bold';

const PT_TO_MM = 25.4 / 72;

/**
 * Text widths from the embedded fonts' advance widths (each character in the
 * font the chain prints it in, or a shaped word's glyphs), cached, and greedy word wrapping on top. jsPDF's own splitTextToSize re-measures every
 * word on every call; the cache makes wrapping a whole report cheap.
 */
export class TextMeasure {
  private readonly widths: Record<Weight, Map<string, number>> = { normal: new Map(), bold: new Map() };

  /** `direction`: the report's; in a right-to-left report every wrapped line carries its paragraph's direction (`wrap`). */
  constructor(
    private readonly chain: FontChain,
    private readonly direction: Direction = 'ltr',
  ) {}

  /** Widths in em of stretches that are shaped (Devanagari, Arabic, Hebrew words), cached per stretch. */
  private readonly shaped: Record<Weight, Map<string, number>> = { normal: new Map(), bold: new Map() };

  /**
   * Width in millimetres of one line of text. Text that is shaped is measured
   * by its glyphs' advances, as drawn: a conjunct or a joined Arabic letter is
   * narrower or wider than the characters it is made of.
   */
  width(text: string, size: number, weight: Weight): number {
    if (this.chain.shapes(text)) {
      const cache = this.shaped[weight];
      let em = cache.get(text);
      if (em === undefined) {
        em = this.chain.shapedWidth(text, weight);
        cache.set(text, em);
      }
      return em * size * PT_TO_MM;
    }
    const cache = this.widths[weight];
    let em = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = this.chain.unitWidth(ch, weight);
        cache.set(ch, w);
      }
      em += w;
    }
    return em * size * PT_TO_MM;
  }

  /**
   * Lines of at most `maxWidth` mm (the very first line: `firstWidth`). Each
   * newline starts a new line; an empty paragraph stays an empty line; a word
   * wider than the line is cut where it must be. The lines of a person's
   * right-to-left paragraph come marked (bidi.ts `RTL_LINE`) to be right-aligned.
   * In a right-to-left report, every paragraph's lines come marked with its
   * direction (`RTL_LINE` or `LTR_LINE`, by its first letter, right to left when
   * it has none), so a line that starts with a word of the other direction is
   * still ordered as its paragraph is.
   */
  wrap(text: string, maxWidth: number, size: number, weight: Weight, firstWidth = maxWidth): string[] {
    const lines: string[] = [];
    const space = this.width(' ', size, weight);
    const limit = () => (lines.length === 0 ? firstWidth : maxWidth);
    for (const paragraph of text.split('\n')) {
      // A right-to-left paragraph is wrapped inside its isolate; each of its lines is isolated and marked to be set against the right edge.
      const rtl = isRtlParagraph(paragraph);
      const words = (rtl ? paragraph.slice(1, -1) : paragraph).split(' ').filter((w) => w !== '');
      if (words.length === 0) {
        lines.push('');
        continue;
      }
      const from = lines.length;
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        const w = this.width(word, size, weight);
        if (line && lineWidth + space + w <= limit()) {
          line += ` ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line) lines.push(line);
        if (w <= limit()) {
          line = word;
          lineWidth = w;
          continue;
        }
        const pieces = this.cut(word, limit(), size, weight);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1)!;
        lineWidth = this.width(line, size, weight);
      }
      lines.push(line);
      if (rtl) for (let i = from; i < lines.length; i++) lines[i] = `${RTL_LINE}\u2067${lines[i]}\u2069`;
      else if (this.direction === 'rtl') {
        const mark = (paragraphDirection(paragraph) ?? 'rtl') === 'rtl' ? RTL_LINE : LTR_LINE;
        for (let i = from; i < lines.length; i++) if (lines[i]) lines[i] = mark + lines[i];
      }
    }
    return lines;
  }

  private cut(word: string, maxWidth: number, size: number, weight: Weight): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const ch of word) {
      if (piece && this.width(piece + ch, size, weight) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    pieces.push(piece);
    return pieces;
  }
}

export const ptToMm = (pt: number) => pt * PT_TO_MM;
