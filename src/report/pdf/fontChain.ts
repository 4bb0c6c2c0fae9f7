import type { jsPDF } from 'jspdf';
import type { Weight } from './measure';

type JsPdfFont = ReturnType<jsPDF['getFont']>;

/** One embedded font family of the chain, as jsPDF parsed it. */
export interface ChainFont {
  family: string;
  normal: JsPdfFont;
  bold?: JsPdfFont;
  /** Glyphs for code points beyond U+FFFF (emoji), which jsPDF cannot address itself. */
  astral?: Map<number, number>;
}

/**
 * A stretch of one line set in one font. `text` is what is drawn; when it
 * differs from what was written (an emoji drawn through a private-use code, a
 * box for a character no font has, a dropped variation selector), `actual` is
 * the original, which the PDF carries as /ActualText so copying and text
 * extraction give what was entered.
 */
export interface Run {
  font: JsPdfFont;
  family: string;
  style: Weight;
  text: string;
  actual?: string;
  /** Characters no embedded font has; drawn as □. */
  missing?: string;
}

const BOX = '\u25A1';
/**
 * Joiners and variation selectors (they shape emoji sequences, which jsPDF cannot do) and bidi
 * marks and isolates (bidi.ts has used them by then): they print as nothing.
 */
const INVISIBLE = /^(?:\u200C|\u200D|[\u200E\u200F\u061C\u2066-\u2069]|[\uFE00-\uFE0F]|[\u{E0020}-\u{E007F}]|[\u{E0100}-\u{E01EF}])$/u;
const MARK = /^\p{M}$/u;

/**
 * Picks, for each character, the first font of the chain that has its glyph,
 * and cuts text into runs per font. The first font is the report's own (DejaVu
 * Sans); only characters it lacks go to a fallback.
 */
export class FontChain {
  /** Emoji get private-use codes (U+E000…) in the emoji font's cmap, so jsPDF's 16-bit text path can draw them. */
  private readonly privateUse = new Map<number, number>();
  private nextPrivate = 0xe000;
  private readonly picks = { normal: new Map<number, [ChainFont, JsPdfFont, number]>(), bold: new Map<number, [ChainFont, JsPdfFont, number]>() };

  constructor(readonly fonts: readonly ChainFont[]) {}

  get primary(): ChainFont {
    return this.fonts[0]!;
  }

  /** The font, jsPDF font entry and 16-bit code to draw a code point with, or null if no font has it. */
  private pick(cp: number, weight: Weight): [ChainFont, JsPdfFont, number] | null {
    const cache = this.picks[weight];
    const known = cache.get(cp);
    if (known) return known;
    for (const font of this.fonts) {
      const styled = (weight === 'bold' && font.bold) || font.normal;
      for (const entry of styled === font.normal ? [font.normal] : [styled, font.normal]) {
        const found = this.lookup(font, entry, cp);
        if (found !== null) {
          const pick: [ChainFont, JsPdfFont, number] = [font, entry, found];
          cache.set(cp, pick);
          return pick;
        }
      }
    }
    return null;
  }

  private lookup(font: ChainFont, entry: JsPdfFont, cp: number): number | null {
    const codeMap = entry.metadata.cmap.unicode.codeMap as Record<number, number>;
    if (cp <= 0xffff) return codeMap[cp] ? cp : null;
    const glyph = font.astral?.get(cp);
    if (!glyph) return null;
    let code = this.privateUse.get(cp);
    if (code === undefined) {
      code = this.nextPrivate++;
      this.privateUse.set(cp, code);
    }
    codeMap[code] = glyph;
    return code;
  }

  /** Splits one line (no newlines) into runs. A line the primary font covers whole is one run. */
  runs(line: string, weight: Weight): Run[] {
    const runs: Run[] = [];
    let current: Run | null = null;
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      if (INVISIBLE.test(ch)) {
        if (current) current.actual = (current.actual ?? current.text) + ch;
        else current = this.start(this.primary, this.primary.normal, '', weight, ch);
        if (!runs.includes(current)) runs.push(current);
        continue;
      }
      // A combining mark stays with its base when that font has it.
      const sameFont = current && MARK.test(ch) ? this.lookup(this.fontOf(current), current.font, cp) : null;
      const pick: [ChainFont, JsPdfFont, number] | null = sameFont !== null && current ? [this.fontOf(current), current.font, sameFont] : this.pick(cp, weight);
      const [font, entry, code] = pick ?? [this.primary, this.primary.normal, BOX.codePointAt(0)!];
      const drawn = String.fromCharCode(code);
      if (!current || current.font !== entry) {
        current = this.start(font, entry, '', weight);
        runs.push(current);
      }
      if (current.actual !== undefined || drawn !== ch) current.actual = (current.actual ?? current.text) + ch;
      current.text += drawn;
      if (!pick) current.missing = (current.missing ?? '') + ch;
    }
    return runs;
  }

  private start(font: ChainFont, entry: JsPdfFont, text: string, weight: Weight, actual?: string): Run {
    const style: Weight = entry === font.bold && weight === 'bold' ? 'bold' : 'normal';
    return { font: entry, family: font.family, style, text, ...(actual !== undefined ? { actual } : {}) };
  }

  private fontOf(run: Run): ChainFont {
    return this.fonts.find((f) => f.family === run.family)!;
  }

  /** Width of one character in em (1 = the font size), in the font it will print in. */
  unitWidth(ch: string, weight: Weight): number {
    if (INVISIBLE.test(ch)) return 0;
    const [, entry, code] = this.pick(ch.codePointAt(0)!, weight) ?? [null, this.primary.normal, BOX.codePointAt(0)!];
    const metadata = entry.metadata;
    return metadata.widthOfGlyph(metadata.characterToGlyph(code)) / 1000;
  }
}
