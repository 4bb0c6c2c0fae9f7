/**
 * A report is a DRAFT until its review is complete (every applicable question
 * answered and the revision locked): every page of a draft PDF says so with the
 * count, and every page of any report carries the report id. Read back page by
 * page with poppler's pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { renderFullReportHtml } from '../../../src/report/html';
import { readReportFonts } from '../../../src/report/fontsNode';
import { bundledChecklist } from '../helpers/bundled';
import { NOW, syntheticAssessment } from './fixtures';

const fonts = readReportFonts();

function pageTexts(bytes: ArrayBuffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-draft-')), 'report.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: pages }, (_, i) => {
    const r = spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
    return r.stdout.replace(/\s+/g, ' ');
  });
}

const meta = { at: '2026-11-01T09:00:00.000Z', by: 'Test assessor' };

type Assessment = Awaited<ReturnType<typeof syntheticAssessment>>['assessment'];

async function reportOf(change: (a: Assessment) => Assessment): Promise<FullReport> {
  const { assessment, checklist } = await syntheticAssessment();
  const { registry } = await bundledChecklist();
  return buildFullReport(change(assessment), checklist, registry, NOW);
}

let partial: FullReport;
let complete: FullReport;
let completeUnlocked: FullReport;

beforeAll(async () => {
  // Three answers cleared, then locked: complete review is not enough without every answer.
  partial = await reportOf((a) => {
    const cleared = Object.keys(a.answers)
      .slice(0, 3)
      .reduce((x, itemId) => applyChange(x, { type: 'answer.set', itemId, status: null, notes: '', evidence: [] }, meta), a);
    return applyChange(cleared, { type: 'revision.lock' }, meta);
  });
  complete = await reportOf((a) => applyChange(a, { type: 'revision.lock' }, meta));
  completeUnlocked = await reportOf((a) => a);
}, 120_000);

describe('the draft mark', () => {
  it('is decided from the answers and the lock', () => {
    expect(complete.meta.draft).toBe(false);
    expect(completeUnlocked.meta.draft).toBe(true);
    expect(partial.meta.draft).toBe(true);
    expect(partial.summary.answered).toBe(partial.summary.applicable - 3);
  });

  it('says when a locked report still has unanswered questions', () => {
    const pages = pageTexts(renderFullReportPdf(partial, fonts));
    const { answered, applicable } = partial.summary;
    for (const text of pages) expect(text).toContain(`DRAFT — ${answered} of ${applicable} applicable questions answered; not every applicable question is answered`);
  });

  it('is on every page of an unlocked report, with the count and why', () => {
    const pages = pageTexts(renderFullReportPdf(completeUnlocked, fonts));
    const { answered, applicable } = completeUnlocked.summary;
    pages.forEach((text, n) => {
      expect(text, `page ${n + 1}`).toContain(`DRAFT — ${answered} of ${applicable} applicable questions answered; revision 1 is not locked`);
      expect(text, `page ${n + 1}`).toContain(`Report ${completeUnlocked.meta.reportId}`);
    });
  });

  it('is on no page of a fully answered, locked report, which still carries its id on every page', () => {
    const pages = pageTexts(renderFullReportPdf(complete, fonts));
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((text, n) => {
      expect(text, `page ${n + 1}`).not.toContain('DRAFT');
      expect(text, `page ${n + 1}`).toMatch(/Report R-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
      expect(text, `page ${n + 1}`).toContain(`Report ${complete.meta.reportId}`);
    });
  });

  it('heads the HTML report of a draft, and not of a final report', () => {
    expect(renderFullReportHtml(completeUnlocked)).toContain('DRAFT — ');
    expect(renderFullReportHtml(complete)).not.toContain('DRAFT');
  });
});
