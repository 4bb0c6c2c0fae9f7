/** Findings a person added print as F1, F2… in the order they were added: the internal id never prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { renderFullReportHtml } from '../../../src/report/html';
import { readReportFonts } from '../../../src/report/fontsNode';
import { syntheticReport } from './fixtures';

const FIRST = 'F-76f6a61e-7083-4a1b-9c2d-0123456789ab';
const SECOND = 'F-0a0a0a0a-0000-4000-8000-000000000001';
let report: FullReport;

beforeAll(async () => {
  const finding = (title: string) => ({ title, description: 'Added by hand.', rights: [], groups: [], leverage: '', rationale: '', updatedAt: '2026-10-01T09:00:00.000Z' });
  report = await syntheticReport({
    extra: (_a, apply) => {
      apply({ type: 'finding.set', key: FIRST, finding: finding('No crisis escalation') });
      apply({ type: 'finding.set', key: SECOND, finding: finding('No age assurance') });
      apply({ type: 'action.set', action: { id: 'A-x', description: 'Add a crisis line', owner: 'Ops', dueDate: '2027-01-15', status: 'planned', findingKeys: [FIRST] } });
    },
  });
}, 60_000);

describe('finding numbers', () => {
  it('number added findings in the order they were added', () => {
    expect(report.findings.find((f) => f.key === FIRST)?.number).toBe('F1');
    expect(report.findings.find((f) => f.key === SECOND)?.number).toBe('F2');
  });

  it('print in the PDF and the HTML instead of internal ids', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hrba-fn-')), 'r.pdf');
    writeFileSync(file, new Uint8Array(renderFullReportPdf(report, readReportFonts())));
    const pdf = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    const html = new JSDOM(renderFullReportHtml(report)).window.document.body.textContent!.replace(/\s+/g, ' ');
    for (const text of [pdf, html]) {
      expect(text).toContain('F1: No crisis escalation');
      expect(text).toContain('F2: No age assurance');
      expect(text).not.toMatch(/F-[0-9a-f]{8}/);
    }
  });
});
