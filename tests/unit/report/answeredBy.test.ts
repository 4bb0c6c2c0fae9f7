/**
 * Per-item provenance: every answered item in the report says who last set the
 * answer and when, from the answer's own record (the same data the audit review
 * shows as "Answered … by …"), in the PDF (read back with pdftotext) and the HTML.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { renderFullReportHtml } from '../../../src/report/html';
import { bundledChecklist } from '../helpers/bundled';
import { NOW, syntheticAssessment } from './fixtures';

let report: FullReport;
let text: string;
let changed: string;

beforeAll(async () => {
  const { assessment, checklist } = await syntheticAssessment();
  changed = Object.keys(assessment.answers)[1]!;
  // A second person changes one answer a month later.
  const later = applyChange(
    assessment,
    { type: 'answer.set', itemId: changed, status: 'no', notes: 'Checked again.', evidence: [] },
    { at: '2026-11-05T14:30:00.000Z', by: 'Second Person' },
  );
  const { registry } = await bundledChecklist();
  report = await buildFullReport(later, checklist, registry, NOW);
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-answered-')), 'r.pdf');
  writeFileSync(file, new Uint8Array(renderFullReportPdf(report, readReportFonts())));
  text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}, 120_000);

const items = () => report.stages.flatMap((s) => s.items);

describe('who answered each item, and when', () => {
  it('is printed in the PDF after each answer', () => {
    const answers = text.slice(text.lastIndexOf('Answers by stage'));
    for (const item of items()) {
      const at = answers.indexOf(`${item.id} `);
      expect(at, item.id).toBeGreaterThanOrEqual(0);
      const block = answers.slice(at, at + 400);
      expect(block, item.id).toContain(item.id === changed ? 'Answered by: Second Person, 2026-11-05 14:30 UTC' : 'Answered by: Test assessor, 2026-10-01 09:00 UTC');
    }
  });

  it('is in the HTML report, with a machine-readable time', () => {
    const doc = new JSDOM(renderFullReportHtml(report)).window.document;
    for (const item of items()) {
      const fields = doc.getElementById(`item-${item.id}`)!.nextElementSibling!;
      const row = [...fields.querySelectorAll('div')].find((d) => d.querySelector('dt')?.textContent === 'Answered by:');
      expect(row?.querySelector('dd')?.textContent, item.id).toBe(item.id === changed ? 'Second Person, 2026-11-05 14:30 UTC' : 'Test assessor, 2026-10-01 09:00 UTC');
      expect(row?.querySelector('time')?.getAttribute('datetime')).toBe(item.id === changed ? '2026-11-05T14:30:00.000Z' : '2026-10-01T09:00:00.000Z');
    }
  });
});
