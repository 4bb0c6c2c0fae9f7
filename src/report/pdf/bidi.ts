import bidiFactory from 'bidi-js';

/**
 * Right-to-left text in the PDF. A PDF has no bidi algorithm: glyphs go where
 * they are put, left to right. So each line is cut here into runs of one
 * direction, in the order they are seen (visual), each run's text kept in the
 * order it was typed (logical) so it can be shaped whole, with the Unicode
 * Bidirectional Algorithm (bidi-js: plain JavaScript, no WASM, no network).
 * HarfBuzz shapes a right-to-left run right to left, mirroring its brackets;
 * without it, `drawnOrder` reverses and mirrors. jsPDF's own reordering is
 * switched off (`NO_REORDER`): it mirrors nothing, knows no isolates, and
 * reordered each font run on its own.
 *
 * A person's words inside a report sentence are isolated (`isolate`): a
 * right-to-left name, or one ending in digits or brackets, then cannot pull the
 * sentence's own numbers and punctuation into its run ("covers 74 .(…) of 74").
 */

const bidi = bidiFactory();

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
/** Bidi formatting characters: embeddings, overrides (U+202A–E) and isolates (U+2066–9). */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** A strong right-to-left letter: Hebrew, Arabic, Syriac, Thaana, NKo… and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const NEEDS_WORK = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const STRONG = /\p{L}/u;

/** A paragraph's or a page's direction: a right-to-left report (Arabic) lays its pages out from the right. */
export type Direction = 'ltr' | 'rtl';

/** jsPDF `text()` options that leave the string as given: it is already in visual order. */
export const NO_REORDER = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false } as const;

/** Whether text's first strong letter is right-to-left (what HTML's dir="auto" decides by). */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (STRONG.test(ch)) return false;
  }
  return false;
}

/**
 * A person's text, set apart from the sentence around it, in its own direction.
 * In a left-to-right sentence (`within`, the default), text with no right-to-left
 * letter cannot reorder anything and is returned as it is (minus any bidi
 * controls, which import refuses anyway). In a right-to-left sentence (an Arabic
 * report's) every name is isolated: a Latin name's brackets, full stop or
 * trailing digits would otherwise take the sentence's direction and move.
 */
export function isolate(text: string, within: Direction = 'ltr'): string {
  const clean = text.replace(CONTROLS, '');
  if (within === 'ltr' ? !RTL.test(clean) : clean === '') return clean;
  return `${isRightToLeft(clean) ? RLI : LRI}${clean}${PDI}`;
}

/**
 * Each line of a person's multi-line text isolated on its own (each is a paragraph), unless the
 * caller has already isolated the person's parts of a composed value.
 */
export function isolateEach(text: string, within: Direction = 'ltr'): string {
  if (/[\u2066-\u2069]/.test(text) || (within === 'ltr' && !RTL.test(text))) return text;
  return text
    .split('\n')
    .map((line) => isolate(line, within))
    .join('\n');
}

/** The text without the isolate marks, for places that print no bidi (the PDF outline). */
export const withoutControls = (text: string) => text.replace(CONTROLS, '');

/**
 * Wrapping can cut an isolated name across lines. Each line is reordered on its
 * own, so a line that ends inside an isolate closes it, and the next opens it
 * again with the same direction.
 */
export function balanceIsolates(lines: string[]): string[] {
  if (!lines.some((l) => /[\u2066-\u2069]/.test(l))) return lines;
  let open: string[] = [];
  return lines.map((line) => {
    // A line's direction mark (RTL_LINE, LTR_LINE) stays first.
    const mark = /^[\u200E\u200F]/.test(line) ? line[0]! : '';
    const out = mark + open.join('') + line.slice(mark.length);
    const stack = [...open];
    for (const ch of line) {
      if (ch === LRI || ch === RLI || ch === '\u2068') stack.push(ch);
      else if (ch === PDI) stack.pop();
    }
    open = stack;
    return out + PDI.repeat(stack.length);
  });
}

function graphemes(line: string): { start: number; text: string }[] {
  if (segmenter) return [...segmenter.segment(line)].map((s) => ({ start: s.index, text: s.segment }));
  const parts: { start: number; text: string }[] = [];
  let start = 0;
  for (const text of line) {
    parts.push({ start, text });
    start += text.length;
  }
  return parts;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('und', { granularity: 'grapheme' }) : null;

/** A stretch of one line in one direction: `text` in typed order, the stretches in the order they are seen, left to right. */
export interface DirectionRun {
  text: string;
  rtl: boolean;
}

/**
 * One line cut into runs of one direction, in visual order (left to right), by
 * the bidi algorithm with the paragraph's base direction (`base`: left to right
 * in a report in English; a person's text brings its own direction in an
 * isolate). Each run keeps its text in typed order, without the isolate marks:
 * a right-to-left run is shaped whole (Arabic letters join across it) and then
 * drawn right to left.
 */
export function directionRuns(line: string, base: Direction = 'ltr'): DirectionRun[] {
  if (base === 'ltr' && !NEEDS_WORK.test(line)) return line ? [{ text: line, rtl: false }] : [];
  if (base === 'rtl' && !NEEDS_WORK.test(line) && !/[\p{L}\p{N}]/u.test(line)) return line ? [{ text: line, rtl: true }] : [];
  const levels = bidi.getEmbeddingLevels(line, base);
  const order = bidi.getReorderedIndices(line, levels);
  const runs: DirectionRun[] = [];
  let from = -1;
  let to = -1;
  let level = -1;
  const close = () => {
    if (from < 0) return;
    const text = line.slice(Math.min(from, to), Math.max(from, to) + 1).replace(CONTROLS, '');
    if (text) runs.push({ text, rtl: (level & 1) === 1 });
  };
  for (const index of order) {
    const l = levels.levels[index]!;
    const step = l & 1 ? -1 : 1;
    if (l === level && index === to + step) {
      to = index;
      continue;
    }
    close();
    from = to = index;
    level = l;
  }
  close();
  return runs;
}

/** Text with each character that has a mirror image (brackets, ≤) swapped for it, as a right-to-left run shows it. */
export const mirrored = (text: string) => [...text].map((ch) => bidi.getMirroredCharacter(ch) ?? ch).join('');

/**
 * A right-to-left run's characters in the order they are drawn, left to right,
 * when no shaper places them: reversed a letter with its marks at a time (the
 * marks stay on their letter, a surrogate pair stays whole), brackets mirrored.
 */
export function drawnOrder(text: string): string {
  return graphemes(text)
    .reverse()
    .map(({ text: g }) => (g.length === 1 ? (bidi.getMirroredCharacter(g) ?? g) : g))
    .join('');
}

/**
 * Marks a wrapped line of a right-to-left paragraph (a person's text whose
 * first letter is right to left, standing alone: a note, a field, a cell), so
 * it is drawn against the right edge of its box. The mark is a right-to-left
 * mark before the isolate, which a person's text cannot produce there
 * (`isolate` puts its own isolate first); it prints as nothing.
 */
export const RTL_LINE = '\u200F';

/** Whether a paragraph (no newline) is a person's text isolated right to left as a whole. */
export const isRtlParagraph = (paragraph: string) => /^\u2067[^\u2066-\u2069]*\u2069$/.test(paragraph);

/** The line without its right-to-left paragraph mark, and whether it had one. */
export function rtlLine(line: string): { text: string; rtl: boolean } {
  return line.startsWith(RTL_LINE + RLI) ? { text: line.slice(RTL_LINE.length), rtl: true } : { text: line, rtl: false };
}

/** Marks a wrapped line of a left-to-right paragraph in a right-to-left report (a person's English note, a sentence still in English). */
export const LTR_LINE = '\u200E';

/**
 * A paragraph's direction as HTML's dir="auto" finds it: by its first strong
 * letter, skipping isolated names (so an Arabic sentence that starts with a
 * Latin name is right to left); a paragraph that is one isolate as a whole
 * takes the isolate's direction. Null when it has no letter (a number, a dash).
 */
export function paragraphDirection(text: string): Direction | null {
  const whole = /^([\u2066\u2067])[^\u2066-\u2069]*\u2069$/.exec(text);
  if (whole) return whole[1] === RLI ? 'rtl' : 'ltr';
  let depth = 0;
  for (const ch of text) {
    if (ch === LRI || ch === RLI || ch === '\u2068') depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RTL.test(ch)) return 'rtl';
    else if (depth === 0 && STRONG.test(ch)) return 'ltr';
  }
  return null;
}

/**
 * In a right-to-left report, a line with its base direction: the one its mark
 * says (`RTL_LINE`, `LTR_LINE`, set by wrapping for every line of a paragraph),
 * else its own (a label, a page number), right to left when it has no letter.
 */
export function lineBase(line: string): { text: string; base: Direction } {
  if (line.startsWith(RTL_LINE)) return { text: line.slice(1), base: 'rtl' };
  if (line.startsWith(LTR_LINE)) return { text: line.slice(1), base: 'ltr' };
  return { text: line, base: paragraphDirection(line) ?? 'rtl' };
}
