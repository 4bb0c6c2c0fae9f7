/**
 * CSV that opens cleanly in spreadsheets: UTF-8 with a byte-order mark (so Excel
 * reads accents), CRLF line ends, and RFC 4180 quoting. A cell that a
 * spreadsheet would run as a formula is prefixed with an apostrophe, so an exported
 * plan cannot execute anything when opened: one that starts with a tab, CR or LF, or
 * whose first visible character is =, +, -, @ or their full-width forms (＝＋－＠,
 * which some spreadsheets fold to ASCII), even after leading spaces or invisible
 * direction and joining marks (a heading in a right-to-left language isolates the
 * vendor's name it quotes with them).
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u3000\u200B-\u200F\u202A-\u202E\u2060-\u2069]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
