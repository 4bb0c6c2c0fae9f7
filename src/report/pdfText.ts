/**
 * jsPDF's built-in Helvetica covers only Windows-1252. Until a Unicode font is
 * embedded, map typographic punctuation to plain equivalents so nothing prints
 * as garbage; other characters outside the range become "?".
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u00A0': ' ', '\u2022': '-',
};

export function toWinAnsi(text: string): string {
  return text.replace(/[^\x20-\x7E\xA0-\xFF\n]/g, (ch) => REPLACEMENTS[ch] ?? (ch === '\t' ? '  ' : '?'));
}
