import { describe, expect, it } from 'vitest';
import { renderPlainTextPdf, reportStrings } from '../../../src/report/plainTextPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { exampleReport } from './fixtures';
import { readPdf } from './pdfText';

describe('the no-layout baseline of the bench', () => {
  it('writes every string of the report model, with the same fonts, 50 to a page', async () => {
    const report = await exampleReport();
    const strings = reportStrings(report);
    for (const s of [report.meta.productName, report.findings[0]!.title, report.actions[0]!.description, report.stages[0]!.items[0]!.notes, report.sources[0]!.title, report.meta.assessmentHash]) {
      expect(strings).toContain(s);
    }
    const pages = await readPdf(renderPlainTextPdf(strings, readReportFonts()));
    expect(pages).toHaveLength(Math.ceil(strings.length / 50));
    expect(pages.map((p) => p.text).join('\n')).toContain('Ольга Петрова');
  });
});
