import type { jsPDF } from 'jspdf';
import type { ReportFonts } from '../fonts';

export const FAMILY = 'DejaVuSans';

/** jsPDF's virtual file system takes a binary string; converting 1.4 MB costs ~20 ms, so keep it per buffer. */
const binaryCache = new WeakMap<ArrayBuffer, string>();

function binaryString(buffer: ArrayBuffer): string {
  let text = binaryCache.get(buffer);
  if (text === undefined) {
    const bytes = new Uint8Array(buffer);
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 0x8000) {
      parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
    }
    text = parts.join('');
    binaryCache.set(buffer, text);
  }
  return text;
}

/**
 * Embeds DejaVu Sans regular and bold with Identity-H encoding: any character
 * the font has prints, and jsPDF writes only the glyphs used (a subset).
 */
export function embedFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FAMILY, 'normal', 'Identity-H');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FAMILY, 'bold', 'Identity-H');
  doc.setFont(FAMILY, 'normal');
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
 * Text the embedded font can carry: control characters dropped, tabs as spaces,
 * characters outside the Basic Multilingual Plane (which jsPDF's Identity-H
 * encoder cannot address) replaced by U+FFFD.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/(?!\n)\p{Cc}/gu, '')
    .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, '\uFFFD');
}
