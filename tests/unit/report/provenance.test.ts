/**
 * The cover says where the report comes from (created, last changed, whether the
 * revision is locked, which tool made it), and evidence addresses are clickable
 * links, http(s) only. Read back with pdftotext and pdf.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { syntheticReport } from './fixtures';

const URL_1 = 'https://example.org/policy?page=2';
let report: FullReport;
let bytes: ArrayBuffer;

beforeAll(async () => {
  report = await syntheticReport({
    extra: (a, apply) => {
      const itemId = Object.keys(a.answers)[0]!;
      apply({
        type: 'answer.set',
        itemId,
        status: 'yes',
        notes: 'With links.',
        evidence: [
          { label: 'Published policy', url: URL_1 },
          { label: 'Internal memo, on paper', url: '' },
        ],
      });
    },
  });
  bytes = renderFullReportPdf(report, readReportFonts(), { tool: 'HRBA@Tech test 9.9.9' });
}, 60_000);

describe('provenance on the cover', () => {
  it('prints when the assessment was created and last changed, that the revision is not locked, and the tool', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hrba-prov-')), 'r.pdf');
    writeFileSync(file, new Uint8Array(bytes));
    const cover = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(cover).toContain('Created: 2026-10-01 09:00 UTC');
    expect(cover).toContain(`Last changed: ${report.meta.updatedAt.slice(0, 10)} ${report.meta.updatedAt.slice(11, 16)} UTC`);
    expect(cover).toContain('Revision: 1, not locked: the answers can still change');
    expect(cover).toContain('Made with: HRBA@Tech test 9.9.9');
  });
});

describe('evidence links', () => {
  it('are link annotations for http(s) addresses only', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
    const urls: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of await (await pdf.getPage(n)).getAnnotations()) if (a.subtype === 'Link' && a.url) urls.push(a.url as string);
    }
    await pdf.destroy();
    expect(urls).toEqual([URL_1]);
  });
});
