/**
 * CSV that opens cleanly in spreadsheets: UTF-8 with a byte-order mark (so Excel
 * reads accents), CRLF line ends, and RFC 4180 quoting. A cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe, so an exported plan cannot execute anything when opened.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
