import type { jsPDF } from 'jspdf';
import { SHAPED_FALLBACKS, fallbacksNeeded, type ReportFonts } from '../fonts';
import { fontCmap, subsetFont } from './subset';
import { FontChain, type ChainFont } from './fontChain';

export const FAMILY = 'DejaVuSans';

/** jsPDF's virtual file system takes a binary string; converting 1.4 MB costs ~20 ms, so keep it per buffer. */
const binaryCache = new WeakMap<ArrayBuffer, string>();

function binaryString(buffer: ArrayBuffer): string {
  let text = binaryCache.get(buffer);
  if (text === undefined) {
    const bytes = new Uint8Array(buffer);
    const parts: string[] = [];
    // 8 KiB at a time: spreading larger chunks as arguments is several times slower in V8.
    for (let i = 0; i < bytes.length; i += 0x2000) {
      parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x2000)));
    }
    text = parts.join('');
    binaryCache.set(buffer, text);
  }
  return text;
}

/**
 * Embeds DejaVu Sans regular and bold with Identity-H encoding, then the
 * fallback fonts the text needs (fonts.ts), and returns the chain that picks a
 * font per character. jsPDF writes only the glyphs used (a subset), so an
 * embedded 10 MB CJK font adds only the few kilobytes of the characters printed.
 */
export function embedFonts(doc: jsPDF, fonts: ReportFonts, text = ''): FontChain {
  stopArabicRewriting(doc);
  const add = (file: string, family: string, style: 'normal' | 'bold', buffer: ArrayBuffer) => {
    doc.addFileToVFS(file, binaryString(buffer));
    doc.addFont(file, family, style, 'Identity-H');
    doc.setFont(family, style);
    return doc.getFont();
  };
  const chain: ChainFont[] = [
    { family: FAMILY, bold: add('DejaVuSans-Bold.ttf', FAMILY, 'bold', fonts.bold), normal: add('DejaVuSans.ttf', FAMILY, 'normal', fonts.regular) },
  ];
  // DejaVu Sans is embedded whole, so its Arabic and Hebrew can be shaped with its own rules and glyph ids.
  if (fonts.shaper) chain[0]!.shaping = { normal: fonts.regular, bold: fonts.bold };
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0)!);
  // Fallbacks are cut to the characters used first: jsPDF is slow with a large font (seconds for CJK).
  const cut = (buffer: ArrayBuffer) => subsetFont(buffer, used) ?? buffer;
  for (const name of fallbacksNeeded(text)) {
    const face = fonts.fallbacks?.[name];
    if (!face) continue;
    const family = `Fallback-${name}`;
    // A font to be shaped keeps its layout tables and every glyph (a conjunct has no character of its own);
    // jsPDF still writes only the glyphs drawn. Such fonts are small (Devanagari: 221 kB).
    const shaped = fonts.shaper !== undefined && SHAPED_FALLBACKS.has(name);
    const prepare = shaped ? (buffer: ArrayBuffer) => buffer : cut;
    const regular = prepare(face.regular);
    const entry: ChainFont = { family, normal: add(`${family}.ttf`, family, 'normal', regular) };
    if (face.bold) entry.bold = add(`${family}-Bold.ttf`, family, 'bold', prepare(face.bold));
    if (shaped) entry.shaping = face.bold ? { normal: face.regular, bold: face.bold } : { normal: face.regular };
    if (name === 'emoji') entry.astral = new Map([...fontCmap(regular)].filter(([cp]) => cp > 0xffff));
    chain.push(entry);
  }
  doc.setFont(FAMILY, 'normal');
  return new FontChain(chain, fonts.shaper);
}

/**
 * jsPDF rewrites every Arabic letter it is given into a presentation form, and
 * some pairs into ligatures, before drawing, assuming typed order. The report
 * gives it text already shaped by HarfBuzz, in visual order (runs.ts), which that
 * would corrupt (a final alef after an initial lam drawn as lam-alef), so the
 * rewriting is unhooked for this document; the fallback without HarfBuzz calls
 * it itself, on text still in typed order.
 */
function stopArabicRewriting(doc: jsPDF): void {
  const events = (doc.internal as unknown as { events: { getTopics(): Record<string, Record<string, [unknown, boolean]>>; unsubscribe(token: string): boolean } }).events;
  for (const [token, [handler]] of Object.entries(events.getTopics()['preProcessText'] ?? {})) {
    if (handler === doc.processArabic) events.unsubscribe(token);
  }
}

/**
 * jsPDF names the CID font's character collection "Adobe-Identity-H", which is
 * not a collection (the encoding is Identity-H; the ordering is "Identity"), and
 * poppler complains once per page. The fix keeps every byte offset: the two
 * characters removed become spaces, so the cross-reference table stays valid.
 */
export function pdfBytes(doc: jsPDF): ArrayBuffer {
  const text = doc.output().replaceAll('/Ordering (Identity-H)', '/Ordering (Identity)  ');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes.buffer;
}

/**
 * Text as the report prints it: control characters and bidi embeddings and overrides (U+202A–E,
 * which import refuses; the report's own isolates stay) dropped, tabs as spaces.
 * Characters beyond U+FFFF (emoji) are kept whole for the font chain; only a
 * lone surrogate, which is not a character, becomes U+FFFD.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/(?!\n)\p{Cc}|[\u202A-\u202E]/gu, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
