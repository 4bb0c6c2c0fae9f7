import bidiFactory from 'bidi-js';

/**
 * Right-to-left text in the PDF. A PDF has no bidi algorithm: glyphs go where
 * they are put, left to right. So each line is turned from the order it was
 * typed in (logical) into the order it is seen in (visual) here, with the
 * Unicode Bidirectional Algorithm (bidi-js: plain JavaScript, no WASM, no
 * network), which also mirrors brackets inside right-to-left runs. jsPDF's own
 * reordering is switched off (`NO_REORDER`): it mirrors nothing, knows no
 * isolates, and reordered each font run on its own.
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
 * Text with no right-to-left letter cannot reorder anything and is returned as
 * it is (minus any bidi controls, which import refuses anyway).
 */
export function isolate(text: string): string {
  const clean = text.replace(CONTROLS, '');
  if (!RTL.test(clean)) return clean;
  return `${isRightToLeft(clean) ? RLI : LRI}${clean}${PDI}`;
}

/**
 * Each line of a person's multi-line text isolated on its own (each is a paragraph), unless the
 * caller has already isolated the person's parts of a composed value.
 */
export function isolateEach(text: string): string {
  if (/[\u2066-\u2069]/.test(text) || !RTL.test(text)) return text;
  return text.split('\n').map(isolate).join('\n');
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
    const out = open.join('') + line;
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

/**
 * One line in visual order: reordered by the bidi algorithm with a left-to-right
 * base (the report is in English; a person's text brings its own direction in an
 * isolate), mirrored characters swapped in right-to-left runs, and the isolate
 * marks removed. A letter and its combining marks, and a surrogate pair, move as
 * one, in their typed order, so the marks still sit on their letter.
 */
export function visualLine(line: string): string {
  if (!NEEDS_WORK.test(line)) return line;
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const order = bidi.getReorderedIndices(line, levels);
  // Cluster of each UTF-16 unit, so a cluster reversed unit by unit comes out whole.
  const clusterOf = new Int32Array(line.length);
  const clusters: { start: number; text: string }[] = [];
  for (const part of graphemes(line)) {
    for (let k = 0; k < part.text.length; k++) clusterOf[part.start + k] = clusters.length;
    clusters.push(part);
  }
  let out = '';
  const done = new Uint8Array(clusters.length);
  for (const index of order) {
    const c = clusterOf[index]!;
    if (done[c]) continue;
    done[c] = 1;
    const { start, text } = clusters[c]!;
    const mirrored = levels.levels[start]! & 1 && text.length === 1 ? bidi.getMirroredCharacter(text) : null;
    out += mirrored ?? text;
  }
  return out.replace(CONTROLS, '');
}
