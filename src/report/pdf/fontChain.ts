import type { jsPDF } from 'jspdf';
import type { Weight } from './measure';
import { needsShaping, type Shaper } from '../shaping/shaper';

type JsPdfFont = ReturnType<jsPDF['getFont']>;

/** One embedded font family of the chain, as jsPDF parsed it. */
export interface ChainFont {
  family: string;
  normal: JsPdfFont;
  bold?: JsPdfFont;
  /** Glyphs for code points beyond U+FFFF (emoji), which jsPDF cannot address itself. */
  astral?: Map<number, number>;
  /** The font files as embedded (same glyph ids), for a font whose runs are shaped (shaped.ts). */
  shaping?: { normal: ArrayBuffer; bold?: ArrayBuffer };
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
  /** Every character of the run as written, invisible ones included: what a shaper reads. */
  source: string;
  /** Characters no embedded font has; drawn as □. */
  missing?: string;
}

/** A run shaped into glyphs, cut into pieces jsPDF can draw: each piece a string of codes at an offset, in em. */
export interface ShapedRun {
  pieces: { text: string; dx: number; dy: number }[];
  /** Advance of the whole run, in em. */
  width: number;
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

  /** Per jsPDF font entry: glyph id → the 16-bit code that draws it (its own character where it has one). */
  private readonly glyphCodes = new Map<JsPdfFont, Map<number, number>>();

  constructor(
    readonly fonts: readonly ChainFont[],
    private readonly shaper?: Shaper,
  ) {}

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
        current.source += ch;
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
      current.source += ch;
      if (!pick) current.missing = (current.missing ?? '') + ch;
    }
    return runs;
  }

  private start(font: ChainFont, entry: JsPdfFont, text: string, weight: Weight, actual?: string): Run {
    const style: Weight = entry === font.bold && weight === 'bold' ? 'bold' : 'normal';
    return { font: entry, family: font.family, style, text, source: actual ?? text, ...(actual !== undefined ? { actual } : {}) };
  }

  /**
   * The run shaped by HarfBuzz with its font's rules, or null when it needs no
   * shaping or cannot have it (no shaper loaded, a font without its file, the
   * private-use codes used up). Each glyph is drawn through a 16-bit code: its
   * own character when the font maps one to it (so the PDF's ToUnicode stays
   * true), else a private-use code mapped to it, as for emoji. Glyphs that keep
   * their natural advance and sit on the baseline go into one piece; a glyph
   * moved by the font's positioning rules (a mark, a kerned pair) starts a new one.
   */
  shape(run: Run): ShapedRun | null {
    if (!this.shaper || !needsShaping(run.source)) return null;
    const font = this.fontOf(run);
    const file = run.font === font.bold ? font.shaping?.bold : font.shaping?.normal;
    if (!file) return null;
    const { glyphs, unitsPerEm } = this.shaper.shape(file, run.source, 'ltr');
    const metadata = run.font.metadata;
    const pieces: (ShapedRun['pieces'][number] & { end: number })[] = [];
    let pen = 0;
    for (const g of glyphs) {
      const x = pen + g.xOffset / unitsPerEm;
      const dy = g.yOffset / unitsPerEm;
      pen += g.xAdvance / unitsPerEm;
      // Glyph 0 is "no glyph" (jsPDF would also end the string there): the chain only sends characters the font has.
      if (g.glyph === 0) continue;
      const code = this.codeFor(run.font, g.glyph);
      if (code === null) return null;
      const natural = metadata.widthOfGlyph(g.glyph) / 1000;
      const last = pieces.at(-1);
      if (last && last.dy === dy && Math.abs(last.end - x) < 1e-6) {
        last.text += String.fromCharCode(code);
        last.end += natural;
      } else pieces.push({ text: String.fromCharCode(code), dx: x, dy, end: x + natural });
    }
    return { pieces: pieces.map(({ text, dx, dy }) => ({ text, dx, dy })), width: pen };
  }

  private codeFor(entry: JsPdfFont, glyph: number): number | null {
    let codes = this.glyphCodes.get(entry);
    const codeMap = entry.metadata.cmap.unicode.codeMap as Record<number, number>;
    if (!codes) {
      codes = new Map();
      // The font's own characters first, lowest code point winning, so a nominal glyph is drawn by its character.
      for (const [cp, g] of Object.entries(codeMap)) if ((Number(cp) < 0xe000 || Number(cp) > 0xf8ff) && !codes.has(g)) codes.set(g, Number(cp));
      this.glyphCodes.set(entry, codes);
    }
    let code = codes.get(glyph);
    if (code === undefined) {
      if (this.nextPrivate > 0xf8ff) return null;
      code = this.nextPrivate++;
      codeMap[code] = glyph;
      codes.set(glyph, code);
    }
    return code;
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
