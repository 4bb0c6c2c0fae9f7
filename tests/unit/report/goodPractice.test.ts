/**
 * Good-practice notes and voices in the reports of a checklist 1.1.0 assessment: the PDF is read
 * back with poppler's pdftotext (a reader nobody here wrote), the HTML with jsdom. Version 1.0.0
 * has no such notes, and its report shows no such section.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { applyChange, newAssessment, problemsToText } from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportHtml } from '../../../src/report/html';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { GOOD_PRACTICE_WORDS, SECTIONS } from '../../../src/report/common';
import { loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';
import { ROOT } from '../helpers/bundled';
import { exampleReport, NOW } from './fixtures';

const flat = (text: string) => text.replace(/\s+/g, ' ');

function pdfToText(bytes: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-gp-')), 'report.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

let report: FullReport;

beforeAll(async () => {
  const registry = loadSourcesRegistry(join(ROOT, 'checklists'));
  const loaded = await loadChecklistDir(join(ROOT, 'checklists/hrba-tech/1.1.0'), registry);
  if (!loaded.ok) throw new Error(problemsToText(loaded.problems));
  const meta = { at: '2026-10-01T09:00:00.000Z', by: 'Test assessor' };
  const fresh = newAssessment({
    id: '00000000-0000-4000-8000-0000000000a1',
    at: meta.at,
    mode: 'self',
    subject: { productName: 'Haven Chat', version: '1', organisation: 'Haven', description: '', assessor: '' },
    checklist: loaded.ref,
  });
  // A mental-health chatbot for teenagers: crisis escalation, age assurance, AI disclosure apply.
  const triage = { role: 'builder', technology: ['conversational-ai'], data: ['personal', 'sensitive', 'children'], setting: ['health'], affected: ['children'], decisions: false, 'public-users': true, emergency: false, 'cross-border': false };
  const a = applyChange(fresh, { type: 'triage.set', triage }, meta);
  report = await buildFullReport(a, loaded.checklist, registry, NOW);
}, 60_000);

describe('good-practice notes in the reports of checklist 1.1.0', () => {
  it('are in the report model for the applicable questions that carry one', () => {
    expect(report.goodPractice.length).toBeGreaterThan(3);
    expect(report.goodPractice.map((g) => g.itemId)).toContain('DES-32');
  });

  it('are printed in the PDF beside the sources, labelled as good practice not found in them', () => {
    const text = flat(pdfToText(renderFullReportPdf(report, readReportFonts())));
    const annex = text.slice(text.lastIndexOf(SECTIONS.annex));
    expect(annex).toContain(GOOD_PRACTICE_WORDS.heading);
    for (const g of report.goodPractice) {
      expect(annex).toContain(flat(g.itemId));
      expect(annex).toContain(flat(`${GOOD_PRACTICE_WORDS.label}: ${g.note}`));
    }
    // Who speaks, in words the renderer chose from the model's voice codes.
    expect(annex).toMatch(/Summary of a panellist’s statement: paras? \d+/);
  }, 120_000);

  it('are in the HTML report’s sources annex, under their own heading, one per question', () => {
    const doc = new JSDOM(renderFullReportHtml(report)).window.document;
    const annex = doc.querySelector('section[aria-labelledby="annex"]')!;
    const heading = annex.querySelector('h3#good-practice');
    expect(heading?.textContent).toBe(GOOD_PRACTICE_WORDS.heading);
    const entries = [...annex.querySelectorAll('h3#good-practice ~ dl > div')].map((d) => flat([...d.children].map((c) => c.textContent).join(' ')));
    expect(entries).toEqual(report.goodPractice.map((g) => flat(`${g.itemId} ${g.question}: ${GOOD_PRACTICE_WORDS.label}: ${g.note}`)));
    expect(annex.textContent).toMatch(/OHCHR conclusions: paras? \d+/);
  });

  it('do not appear in a report of checklist 1.0.0, which has none', async () => {
    const old = await exampleReport();
    expect(old.goodPractice).toEqual([]);
    expect(renderFullReportHtml(old)).not.toContain(GOOD_PRACTICE_WORDS.heading);
  });
});
