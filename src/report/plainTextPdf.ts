import { jsPDF } from 'jspdf';
import type { FullReport } from '../domain/report/fullReport';
import type { ReportFonts } from './fonts';
import { embedFonts, pdfBytes } from './pdf/embed';

/**
 * The yardstick `npm run bench` measures the full renderer against: jsPDF
 * writing the report's own strings with the same fonts embedded and the same
 * output step, but no layout at all — one doc.text call per string, a new page
 * every 50 strings, nothing measured or wrapped. Not used by the app.
 */
export function renderPlainTextPdf(strings: readonly string[], fonts: ReportFonts): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  embedFonts(doc, fonts, strings.join('\n'));
  doc.setFontSize(9.5);
  strings.forEach((text, i) => {
    if (i > 0 && i % 50 === 0) doc.addPage();
    doc.text(text, 18, 18 + (i % 50) * 5);
  });
  return pdfBytes(doc);
}

/** Every string and number in the report model, in document order: the text the report prints. */
export function reportStrings(report: FullReport): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value !== '') out.push(value);
    } else if (typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(report);
  return out;
}
