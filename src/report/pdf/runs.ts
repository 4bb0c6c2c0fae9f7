import type { jsPDF } from 'jspdf';
import type { FontChain, Run, ShapedRun } from './fontChain';
import { ptToMm } from './measure';
import { NO_REORDER, drawnOrder } from './bidi';

/** A place where text could not print as entered: no font has the characters, or the script needs shaping jsPDF cannot do. */
export interface TextTrouble {
  kind: 'missing' | 'unshaped';
  chars: string;
  where: string;
}

/**
 * Scripts whose letters change form and order in context (conjuncts, vowel signs placed before the
 * consonant). By script, not block: the danda (।), shared by these scripts, prints the same either way.
 */
const NEEDS_SHAPING =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}]/u;
/** Arabic letters jsPDF can join itself, from its presentation forms: the fallback when HarfBuzz is not loaded. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

function runWidth(run: Run, size: number): number {
  const metadata = run.font.metadata;
  let em = 0;
  for (let i = 0; i < run.text.length; i++) em += metadata.widthOfGlyph(metadata.characterToGlyph(run.text.charCodeAt(i)));
  return ptToMm((em / 1000) * size);
}

/** `<FEFF…>`: a PDF text string in UTF-16BE, as /ActualText wants it. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Draws one line's runs left to right from `x` (or ending at / centred on `x`);
 * the runs come in the order they are seen (FontChain.lineRuns). A run whose
 * drawn text differs from what was entered sits in a marked-content span with
 * /ActualText, so a reader copying the text or pdftotext gets the original
 * characters (an emoji, not the private-use code it was drawn with; a
 * Devanagari word, not the conjunct glyphs it was shaped into); a shaped
 * right-to-left run does so glyph by glyph (FontChain.shape).
 */
export function drawRuns(doc: jsPDF, chain: FontChain, runs: readonly Run[], x: number, y: number, size: number, align: 'right' | 'center' | undefined, report: (t: Omit<TextTrouble, 'where'>) => void): void {
  const shaped = runs.map((run) => chain.shape(run));
  const em = ptToMm(size);
  const widths = runs.map((run, i) => (shaped[i] ? shaped[i].width * em : runWidth(run, size)));
  const total = widths.reduce((a, b) => a + b, 0);
  let cx = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
  const write = (doc.internal as unknown as { write(line: string): void }).write;
  const span = (actual: string | undefined, draw: () => void) => {
    if (actual !== undefined) write(`/Span <</ActualText ${utf16Hex(actual)}>> BDC`);
    draw();
    if (actual !== undefined) write('EMC');
  };
  runs.forEach((run, i) => {
    const glyphs: ShapedRun | null = shaped[i]!;
    if (glyphs) {
      doc.setFont(run.family, run.style);
      span(glyphs.actual, () => {
        for (const piece of glyphs.pieces) span(piece.actual, () => doc.text(piece.text, cx + piece.dx * em, y - piece.dy * em, NO_REORDER));
      });
    } else if (run.text) {
      doc.setFont(run.family, run.style);
      // Unshaped right-to-left text is reversed for drawing; Arabic is first joined through jsPDF's presentation forms.
      const text = run.rtl ? drawnOrder(ARABIC.test(run.text) ? doc.processArabic(run.text) : run.text) : run.text;
      span(run.actual, () => doc.text(text, cx, y, NO_REORDER));
    } else span(run.actual, () => undefined);
    if (run.missing) report({ kind: 'missing', chars: run.missing });
    if (!glyphs && NEEDS_SHAPING.test(run.text)) report({ kind: 'unshaped', chars: run.text });
    cx += widths[i]!;
  });
}
