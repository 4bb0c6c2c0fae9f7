import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { applyChange, originOf, startRevision, type Assessment } from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { renderFullReportHtml } from '../../../src/report/html';
import { readReportFonts } from '../../../src/report/fontsNode';
import { bundledChecklist } from '../helpers/bundled';
import { NOW, syntheticAssessment } from './fixtures';
import { flatten, readPdf } from './pdfText';

const meta = { at: '2026-10-02T09:00:00.000Z', by: 'Ines Auditor' };
const STATEMENT = {
  scope: 'Conception and design stages of release 1.0',
  method: 'Read the design file and interviewed the product owner',
  limitations: 'No access to the production logs',
  opinion: 'qualified' as const,
  basis: 'The retention rule in the design file is not applied yet',
  auditor: 'Ines Auditor, Verity LLP',
};

let audited: Assessment;
let report: FullReport;
let pdf: string;
let html: string;
let firstIds: string[];

/** An audited revision 2: the statement, three verdicts, locked revision 1 as its parent. */
beforeAll(async () => {
  const { assessment } = await syntheticAssessment();
  firstIds = Object.keys(assessment.answers).slice(0, 3);
  let a = applyChange(assessment, { type: 'subject.set', subject: assessment.subject, mode: 'audit' }, meta);
  a = applyChange(a, { type: 'audit.set', audit: STATEMENT }, meta);
  const verdicts = ['conforms', 'does-not-conform', 'not-verified'] as const;
  firstIds.forEach((itemId, i) => {
    a = applyChange(a, { type: 'review.set', itemId, review: { verdict: verdicts[i]!, comment: `Checked ${itemId} against the file`, reviewedAt: meta.at, reviewedBy: 'Ines Auditor' } }, meta);
  });
  const locked = applyChange(a, { type: 'revision.lock' }, meta);
  audited = startRevision(locked, '00000000-0000-4000-8000-00000000beef', '2026-10-03T09:00:00.000Z');
  const { checklist, registry } = await bundledChecklist();
  report = await buildFullReport(audited, checklist, registry, NOW);
  pdf = flatten((await readPdf(renderFullReportPdf(report, readReportFonts()))).map((p) => p.body).join('\n'));
  html = flatten(new JSDOM(renderFullReportHtml(report)).window.document.body.textContent ?? '');
}, 60_000);

describe('the auditor’s section of the report', () => {
  it('states the opinion with what it means, and the scope, method, limitations, basis and auditor, in the PDF and the HTML', () => {
    for (const text of [pdf, html]) {
      expect(text).toContain('Qualified opinion');
      expect(text).toContain('fair except for the specific matters described in the basis');
      expect(text).toContain(STATEMENT.scope);
      expect(text).toContain(STATEMENT.method);
      expect(text).toContain(STATEMENT.limitations);
      expect(text).toContain(STATEMENT.basis);
      expect(text).toContain(STATEMENT.auditor);
    }
  });

  it('counts the verdicts over the applicable items and prints each item’s verdict after its answer', () => {
    const applicable = report.summary.applicable;
    expect(report.audit!.counts).toEqual([
      { verdict: 'conforms', count: 1 },
      { verdict: 'partially-conforms', count: 0 },
      { verdict: 'does-not-conform', count: 1 },
      { verdict: 'not-verified', count: 1 },
      { verdict: null, count: applicable - 3 },
    ]);
    for (const text of [pdf, html]) {
      expect(text).toContain(`Does not conform (by Ines Auditor): Checked ${firstIds[1]} against the file`);
      expect(text).toContain(`Not verified (by Ines Auditor): Checked ${firstIds[2]} against the file`);
    }
  });

  it('says which revision it is and names its parent by number and hash', () => {
    const parent = audited.revision.parent!;
    expect(parent).toEqual({ id: expect.any(String), number: 1, hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(report.meta).toMatchObject({ revision: 2, parent: { number: 1, hash: parent.hash } });
    // Compared without white space: the PDF may break the long hash across lines, and the HTML puts label and value in separate cells.
    for (const text of [pdf, html]) expect(text.replace(/\s/g, '')).toContain(`Revision:2(followsrevision1,${parent.hash})`);
  });

  it('leaves the section out of a self-assessment without a statement', async () => {
    const { assessment } = await syntheticAssessment();
    const { checklist, registry } = await bundledChecklist();
    expect((await buildFullReport(assessment, checklist, registry, NOW)).audit).toBeNull();
    expect(originOf(assessment).number).toBe(1);
  });
});
