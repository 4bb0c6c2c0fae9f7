import type { jsPDF } from 'jspdf';
import type { Weight } from './measure';
import { needsShaping, scriptRuns, type Shaper } from '../shaping/shaper';
import { directionRuns, mirrored, type Direction } from './bidi';

type JsPdfFont = ReturnType<jsPDF['getFont']>;

/** One embedded font family of the chain, as jsPDF parsed it. */
/** A word's glyph outlines in ems (y up), each glyph at its pen position; `width` is the word's advance. */
export interface WordOutline {
  width: number;
  glyphs: { x: number; y: number; commands: { type: string; values: number[] }[] }[];
}

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
  /** Part of a right-to-left stretch: shaped right to left, or, unshaped, drawn in reverse (`drawnOrder`). */
  rtl?: boolean;
}

/**
 * A run shaped into glyphs, cut into pieces jsPDF can draw: each piece a string
 * of codes at an offset, in em. `actual`: the text a piece stands for, when its
 * glyphs' own characters do not spell it (a conjunct, a glyph with no character
 * of its own); the PDF carries it as /ActualText.
 */
export interface ShapedRun {
  pieces: { text: string; dx: number; dy: number; actual?: string }[];
  /** Advance of the whole run, in em. */
  width: number;
  /** The text of the whole run, when the run as a whole needs /ActualText (left-to-right shaping, which may reorder). */
  actual?: string;
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

  /**
   * One line (no newlines, isolates and all) in runs of one font, direction and
   * script, left to right as they are drawn: the bidi algorithm orders the
   * direction runs (bidi.ts) in the line's base direction; a right-to-left
   * stretch's font runs go right to left.
   */
  lineRuns(line: string, weight: Weight, base: Direction = 'ltr'): Run[] {
    const out: Run[] = [];
    for (const stretch of directionRuns(line, base)) {
      const runs = scriptRuns(stretch.text).flatMap((part) => this.runs(part, weight));
      if (stretch.rtl) {
        runs.reverse();
        for (const run of runs) run.rtl = true;
      }
      out.push(...runs);
    }
    return out;
  }

  private start(font: ChainFont, entry: JsPdfFont, text: string, weight: Weight, actual?: string): Run {
    const style: Weight = entry === font.bold && weight === 'bold' ? 'bold' : 'normal';
    return { font: entry, family: font.family, style, text, source: actual ?? text, ...(actual !== undefined ? { actual } : {}) };
  }

  /**
   * The run shaped by HarfBuzz with its font's rules, in its direction, or null
   * when it needs no shaping or cannot have it (no shaper loaded, a font without
   * its file, the private-use codes used up). Each glyph is drawn through a
   * 16-bit code: its own character when the font maps one to it (so the PDF's
   * ToUnicode stays true), else a private-use code mapped to it, as for emoji.
   * Glyphs that keep their natural advance and sit on the baseline go into one
   * piece; a glyph moved by the font's positioning rules (a mark, a kerned pair)
   * starts a new one.
   *
   * Text extraction: a left-to-right run (Devanagari, whose vowel signs move
   * before their consonant) carries its typed text as a whole. A right-to-left
   * run is drawn glyph by glyph in visual order, as a PDF reader expects right-
   * to-left text (pdftotext, for one, turns such runs back into typed order);
   * each glyph reads as its own character (a joined Arabic form as its
   * presentation form, which Unicode normalisation folds back; a bracket as its
   * mirror image, as drawn), and only a glyph whose characters do not spell its
   * text (a ligature with no code of its own) carries that text, in drawn order.
   */
  /**
   * A short word's shaped glyph outlines (joined Arabic forms), in ems with y up
   * and the glyphs in visual order, from the first shaping font that has every
   * letter; null when no shaper is loaded or no such font has them. For a word
   * drawn as a shape (the draft mark), never as text.
   */
  outlines(text: string, direction: 'ltr' | 'rtl'): WordOutline | null {
    const shaper = this.shaper;
    if (!shaper?.outline) return null;
    const font = this.fonts.find((f) => f.shaping && [...text].every((ch) => (f.normal.metadata.cmap.unicode.codeMap as Record<number, number>)[ch.codePointAt(0)!]));
    const file = font?.shaping?.normal;
    if (!file) return null;
    const { glyphs, unitsPerEm } = shaper.shape(file, text, direction);
    let pen = 0;
    const parts = glyphs.map((g) => {
      const x = (pen + g.xOffset) / unitsPerEm;
      const y = g.yOffset / unitsPerEm;
      pen += g.xAdvance;
      return { x, y, commands: shaper.outline!(file, g.glyph).map((c) => ({ type: c.type, values: c.values.map((v) => v / unitsPerEm) })) };
    });
    return { width: pen / unitsPerEm, glyphs: parts };
  }

  shape(run: Run): ShapedRun | null {
    if (!this.shaper || !needsShaping(run.source)) return null;
    const font = this.fontOf(run);
    const file = run.font === font.bold ? font.shaping?.bold : font.shaping?.normal;
    if (!file) return null;
    const rtl = run.rtl === true;
    const { glyphs, unitsPerEm } = this.shaper.shape(file, run.source, rtl ? 'rtl' : 'ltr');
    const metadata = run.font.metadata;
    // Where each cluster's text ends in the source: the next cluster start above it.
    const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
    const clusterText = (cluster: number) => run.source.slice(cluster, starts[starts.indexOf(cluster) + 1] ?? run.source.length);
    const pieces: (ShapedRun['pieces'][number] & { end: number })[] = [];
    let pen = 0;
    let i = 0;
    while (i < glyphs.length) {
      // A cluster's glyphs (a letter and its marks, a ligature) are taken together.
      let j = i + 1;
      while (j < glyphs.length && glyphs[j]!.cluster === glyphs[i]!.cluster) j++;
      const group: { code: number; x: number; dy: number; natural: number }[] = [];
      for (const g of glyphs.slice(i, j)) {
        const x = pen + g.xOffset / unitsPerEm;
        pen += g.xAdvance / unitsPerEm;
        // Glyph 0 is "no glyph" (jsPDF would also end the string there): the chain only sends characters the font has.
        if (g.glyph === 0) continue;
        const code = this.codeFor(run.font, g.glyph);
        if (code === null) return null;
        group.push({ code, x, dy: g.yOffset / unitsPerEm, natural: metadata.widthOfGlyph(g.glyph) / 1000 });
      }
      const typed = clusterText(glyphs[i]!.cluster);
      const spelled = String.fromCharCode(...group.map((g) => g.code)).normalize('NFKC');
      // Right to left, a bracket is drawn as its mirror image and reads as it, as unshaped right-to-left text does.
      const reads = [typed, mirrored(typed)].some((t) => [spelled, [...spelled].reverse().join('')].includes(t.normalize('NFKC')));
      const actual = rtl && !reads ? [...typed].reverse().join('') : undefined;
      group.forEach((g, k) => {
        const last = pieces.at(-1);
        const joins = last && last.dy === g.dy && Math.abs(last.end - g.x) < 1e-6 && last.actual === undefined && actual === undefined;
        if (joins) {
          last.text += String.fromCharCode(g.code);
          last.end += g.natural;
        } else if (actual !== undefined && k > 0) {
          // The rest of a glyph group with /ActualText: drawn in the same span, reading as nothing more.
          pieces.push({ text: String.fromCharCode(g.code), dx: g.x, dy: g.dy, end: g.x + g.natural, actual: '' });
        } else pieces.push({ text: String.fromCharCode(g.code), dx: g.x, dy: g.dy, end: g.x + g.natural, ...(actual !== undefined ? { actual } : {}) });
      });
      i = j;
    }
    return { pieces: pieces.map(({ end: _end, ...piece }) => piece), width: pen, ...(rtl ? {} : { actual: run.source }) };
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

  /** Whether text would be shaped, so its width is its glyphs' advances, not the sum of its characters'. */
  shapes(text: string): boolean {
    return this.shaper !== undefined && needsShaping(text);
  }

  /** Width in em of a stretch of text (no newlines) as it prints: shaped runs by their glyph advances, the rest character by character. */
  shapedWidth(text: string, weight: Weight): number {
    let em = 0;
    for (const run of this.lineRuns(text, weight)) {
      const glyphs = this.shape(run);
      if (glyphs) em += glyphs.width;
      else for (const ch of run.source) em += this.unitWidth(ch, weight);
    }
    return em;
  }

  /** Width of one character in em (1 = the font size), in the font it will print in. */
  unitWidth(ch: string, weight: Weight): number {
    if (INVISIBLE.test(ch)) return 0;
    const [, entry, code] = this.pick(ch.codePointAt(0)!, weight) ?? [null, this.primary.normal, BOX.codePointAt(0)!];
    const metadata = entry.metadata;
    return metadata.widthOfGlyph(metadata.characterToGlyph(code)) / 1000;
  }
}
