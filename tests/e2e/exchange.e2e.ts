import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, download, exportButton, expectNoAxeViolations, submitProfile } from './support/app';
import { flatten, pdfToText } from './support/pdf';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-e2e-'));
const app = useAppSessions();

const NOTES = [
  'Purpose statement v2 approved by the board on 3 March; prohibited uses listed in annex B.',
  'Due diligence owner is the head of product; plan lives in the roadmap.',
];

async function makeAnsweredAssessment(page: Page, name: string) {
  await createAssessment(page, name, 'Kestrel Labs');
  await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
  await submitProfile(page);
  await answerCurrentItem(page, 'partial', NOTES[0]!);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answerCurrentItem(page, 'no', NOTES[1]!);
}

async function exportJsonFromHome(page: Page, name: string) {
  const { bytes, download: d } = await download(page, () =>
    page.getByRole('button', { name: `Export JSON of ${name}` }).click(),
  );
  expect(d.suggestedFilename()).toMatch(/\.hrba\.json$/);
  return JSON.parse(bytes.toString('utf8'));
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Import a .hrba.json file').setInputFiles(path);
}

describe('exports and imports', () => {
  it('exports a PDF whose text holds the product name and the answers with their notes', async () => {
    const session = await app.open();
    const { page } = session;
    await makeAnsweredAssessment(page, 'Kestrel Insight');
    const { bytes, download: d } = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
    expect(d.suggestedFilename()).toMatch(/^Kestrel-Insight-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flatten(pdfToText(bytes));
    expect(text).toContain('Kestrel Insight');
    expect(text).toContain('Organisation: Kestrel Labs');
    for (const note of NOTES) expect(text).toContain(note);
    expect(text).toContain('Answer: Partly');
    expect(text).toContain('Answer: No');
    expect(text).toMatch(/Page 1 of (\d+)/);
    const pages = Number(/Page 1 of (\d+)/.exec(text)![1]);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('exports a self-contained HTML report with the answers, which passes axe in Chromium', async () => {
    const session = await app.open();
    const { page } = session;
    await makeAnsweredAssessment(page, 'Kestrel Insight');
    const { bytes, download: d } = await download(page, async () => (await exportButton(page, 'Export HTML report')).click());
    expect(d.suggestedFilename()).toMatch(/^Kestrel-Insight-\d{4}-\d{2}-\d{2}\.html$/);
    const html = bytes.toString('utf8');
    expect(html).not.toMatch(/<script|<link|src=/i);
    const report = await session.context.newPage();
    await report.setContent(html);
    const text = flatten(await report.locator('body').innerText());
    expect(text).toContain('Organisation: Kestrel Labs');
    for (const note of NOTES) expect(text).toContain(note);
    expect(await report.getByRole('heading', { level: 1 }).textContent()).toBe('Human rights due diligence report: Kestrel Insight');
    await expectNoAxeViolations(report, 'the exported HTML report');
    await report.close();
  });

  it('round-trips an assessment: export JSON, delete, import, and it is identical', async () => {
    const session = await app.open();
    const { page } = session;
    await makeAnsweredAssessment(page, 'Round Trip');
    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
    const exported = await exportJsonFromHome(page, 'Round Trip');
    expect(exported.kind).toBe('hrba.assessment');
    expect(exported.formatVersion).toBe(2);
    expect(Object.keys(exported.assessment.answers)).toHaveLength(2);
    // The trail travels with the data: created, then the edits, each linked to the one before.
    expect(exported.trail[0]).toMatchObject({ seq: 1, prev: null, change: { type: 'assessment.created' } });
    for (let i = 1; i < exported.trail.length; i++) expect(exported.trail[i].prev).toBe(exported.trail[i - 1].hash);
    const file = join(tmp, 'round-trip.hrba.json');
    writeFileSync(file, JSON.stringify(exported));

    await page.getByRole('button', { name: 'Delete Round Trip' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: /Check a technology against human rights/ }).waitFor();

    await importFile(page, file);
    await page.getByRole('status').filter({ hasText: 'Imported "Round Trip".' }).waitFor();
    const again = await exportJsonFromHome(page, 'Round Trip');
    expect(again.assessment).toEqual(exported.assessment);
    expect(again.checklist).toEqual(exported.checklist);
    // History is kept and appended to, never rewritten: the import names the file's head.
    expect(again.trail.slice(0, exported.trail.length)).toEqual(exported.trail);
    expect(again.trail.at(-1)).toMatchObject({ prev: exported.trail.at(-1).hash, change: { type: 'assessment.imported', fileHead: exported.trail.at(-1).hash } });

    // Importing the same file again never overwrites silently: it asks.
    await importFile(page, file);
    const conflict = page.getByRole('dialog', { name: 'This assessment is already here' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('row').filter({ hasText: 'Round Trip' }).count()).toBe(1);
  });

  it('refuses a malformed file with a specific message and changes nothing', async () => {
    const session = await app.open();
    const { page } = session;
    await makeAnsweredAssessment(page, 'Untouched');
    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
    const before = await exportJsonFromHome(page, 'Untouched');
    const rowsBefore = await page.getByRole('row').allTextContents();

    const notJson = join(tmp, 'broken.hrba.json');
    writeFileSync(notJson, '{"kind": "hrba.assessment", "formatVersion": 1,');
    await importFile(page, notJson);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is not valid JSON');
    await alert.getByRole('button', { name: 'Dismiss' }).click();

    const badField = structuredClone(before);
    badField.assessment.id = '7d7a0d1e-3f0b-4c55-9d0e-0c1f2a3b4c5d';
    const firstItem = Object.keys(badField.assessment.answers)[0]!;
    badField.assessment.answers[firstItem].status = 'maybe';
    const badFile = join(tmp, 'bad-field.hrba.json');
    writeFileSync(badFile, JSON.stringify(badField));
    await importFile(page, badFile);
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain(`assessment › answers › ${firstItem} › status`);
    expect(message).toContain('Expected one of: "yes", "partial", "no", "not-applicable" or "unknown".');

    expect(await page.getByRole('row').allTextContents()).toEqual(rowsBefore);
    const after = await exportJsonFromHome(page, 'Untouched');
    expect(after.assessment).toEqual(before.assessment);
  });
});
