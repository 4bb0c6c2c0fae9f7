import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canonicalJson, sha256Hex } from '../../src/domain';
import { useAppSessions } from './support/browser';
import { download, exportButton, expectNoAxeViolations } from './support/app';
import { flatten, pdfToText } from './support/pdf';

/**
 * The auditor's journey up to signing: import a respondent's package, audit it,
 * lock the revision, then change it only by starting revision 2.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/kestrel-insight.hrba.json');
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const NAME = example.assessment.subject.productName as string;
const AUDITOR = 'Ines Auditor, Verity LLP';
const app = useAppSessions();

const itemCard = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(`^${id} `) });

async function review(page: Page, id: string, verdict: string, comment: string) {
  const card = itemCard(page, id);
  await card.getByRole('radio', { name: verdict, exact: true }).check();
  await card.getByLabel(`Comment on ${id}`).fill(comment);
  await card.getByRole('button', { name: `Save verdict on ${id}` }).click();
  await page.getByRole('status').filter({ hasText: `Saved the verdict on ${id}: ${verdict}.` }).waitFor();
}

async function exportJson(page: Page) {
  const { bytes } = await download(page, async () => (await exportButton(page, 'Export JSON')).click());
  return JSON.parse(bytes.toString('utf8'));
}

async function exportPdfText(page: Page) {
  const { bytes } = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
  return flatten(pdfToText(bytes));
}

describe('the auditor’s review and locked revisions', { timeout: 600_000 }, () => {
  it('audits the example, locks revision 1, and changes it only through revision 2 with its parent link', async () => {
    const { page } = await app.open();
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    await page.getByRole('status').filter({ hasText: `Imported "${NAME}".` }).waitFor();
    await page.getByRole('link', { name: NAME, exact: true }).click();
    const sections = page.getByRole('navigation', { name: 'Assessment sections' });
    await sections.getByRole('link', { name: 'Audit review', exact: true }).click();
    await page.getByRole('button', { name: 'Audit this assessment' }).click();

    // The statement first, so that every verdict is recorded by the auditor's name.
    const statement = page.getByRole('form', { name: 'Audit statement' });
    await statement.getByLabel('Auditor (name and organisation)').fill(AUDITOR);
    await statement.getByLabel('Scope', { exact: true }).fill('Conception and design stages of Kestrel Insight 3.2');
    await statement.getByLabel('Method', { exact: true }).fill('Read the purpose statement and DPIA; interviewed the Head of Responsible AI');
    await statement.getByLabel('Limitations', { exact: true }).fill('No access to the production system or its logs');
    await statement.getByRole('radio', { name: /Qualified opinion/ }).check();
    await statement.getByRole('button', { name: 'Save audit statement' }).click();
    // A reservation without its basis is refused, in words.
    await statement.getByText(/needs its basis in words/).waitFor();
    await statement.getByLabel('Basis for the opinion').fill('The owner named for due diligence (CON-02) has no mandate in writing');
    await statement.getByRole('button', { name: 'Save audit statement' }).click();
    await statement.getByText('Audit statement saved.').waitFor();

    // The respondent's answer, notes and evidence are beside the verdict.
    const first = itemCard(page, 'CON-01');
    expect(await first.textContent()).toContain('Purpose statement v3 (approved by the management board on 12 January 2026)');
    expect(await first.textContent()).toContain('Purpose statement v3 with annex B (prohibited uses)');
    expect(await first.getByRole('link', { name: 'https://kestrel-labs.example/docs/purpose-v3.pdf' }).getAttribute('href')).toBe('https://kestrel-labs.example/docs/purpose-v3.pdf');
    await review(page, 'CON-01', 'Conforms', 'Purpose statement v3 and annex B seen, signed by the board');
    await review(page, 'CON-02', 'Does not conform', 'No written mandate for the named owner');

    const show = page.getByLabel('Show', { exact: true });
    await show.selectOption({ label: 'Items not yet reviewed' });
    await itemCard(page, 'CON-03').waitFor();
    expect(await itemCard(page, 'CON-01').count()).toBe(0);
    expect(await itemCard(page, 'CON-02').count()).toBe(0);
    await show.selectOption({ label: 'Reviewed: Does not conform' });
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await itemCard(page, 'CON-02').waitFor();
    await expectNoAxeViolations(page, 'the audit review');

    // Lock revision 1 from the review (signing locks the same way).
    await page.getByRole('button', { name: 'Lock this revision' }).click();
    await page.getByRole('dialog', { name: 'Lock revision 1?' }).getByRole('button', { name: 'Lock revision 1' }).click();
    const banner = page.getByRole('status', { name: 'Locked revision' });
    await banner.getByText('Revision 1 is locked').waitFor();
    expect(await itemCard(page, 'CON-02').getByRole('radio', { name: 'Conforms', exact: true }).isDisabled()).toBe(true);
    await sections.getByRole('link', { name: 'Checklist', exact: true }).click();
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Conception' }).click();
    expect(await page.getByRole('group', { name: 'Your answer' }).getByLabel('Yes', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Notes').isDisabled()).toBe(true);

    const revision1 = await exportJson(page);
    // The review changed none of the respondent's answers.
    for (const [id, original] of Object.entries(example.assessment.answers as Record<string, Record<string, unknown>>)) {
      const { review: _review, ...rest } = revision1.assessment.answers[id];
      const { review: _none, ...given } = original;
      expect(rest, id).toEqual(given);
    }
    expect(revision1.assessment.answers['CON-02'].review).toMatchObject({ verdict: 'does-not-conform', reviewedBy: AUDITOR });
    expect(revision1.assessment.revision.lockedAt).not.toBeNull();
    expect(revision1.trail.map((e: { change: { type: string } }) => e.change.type).slice(-4)).toEqual(['audit.set', 'review.set', 'review.set', 'revision.lock']);
    expect(revision1.trail.filter((e: { by: string; change: { type: string } }) => e.change.type === 'review.set').map((e: { by: string }) => e.by)).toEqual([AUDITOR, AUDITOR]);
    expect(revision1.trail.at(-1).change).toEqual({ type: 'revision.lock' });

    const report1 = await exportPdfText(page);
    expect(report1).toContain('Auditor’s opinion');
    expect(report1).toContain('Qualified opinion');
    expect(report1).toContain('fair except for the specific matters described in the basis');
    expect(report1).toContain('Scope: Conception and design stages of Kestrel Insight 3.2');
    expect(report1).toContain('Limitations: No access to the production system or its logs');
    expect(report1).toContain(`Auditor: ${AUDITOR}`);
    expect(report1).toContain(`Conforms (by ${AUDITOR}): Purpose statement v3 and annex B seen, signed by the board`);
    expect(report1).toContain(`Does not conform (by ${AUDITOR}): No written mandate for the named owner`);

    // Changing a locked revision means starting revision 2, which names revision 1 by id, number and hash.
    await banner.getByRole('button', { name: 'Start revision 2' }).click();
    await page.getByText(/Revision 2 \(follows revision 1\)/).waitFor();
    expect(await page.getByRole('status', { name: 'Locked revision' }).count()).toBe(0);
    const revision2 = await exportJson(page);
    const parent = { id: revision1.assessment.id, number: 1, hash: `sha256:${await sha256Hex(canonicalJson(revision1.assessment))}` };
    expect(revision2.assessment.id).not.toBe(revision1.assessment.id);
    expect(revision2.assessment.revision).toEqual({ number: 2, parent, lockedAt: null });
    // Its trail continues revision 1's, and its first own event names the parent.
    expect(revision2.trail.slice(0, revision1.trail.length)).toEqual(revision1.trail);
    expect(revision2.trail[revision1.trail.length].change).toEqual({ type: 'revision.started', parent });

    const report2 = await exportPdfText(page);
    expect(report2.replace(/\s/g, '')).toContain(`Revision:2(followsrevision1,${parent.hash})`);

    // Home: one row for the assessment, showing revision 2, with revision 1 reachable.
    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
    const rows = page.getByRole('table', { name: 'Assessments stored in this browser' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    const row = rows.filter({ hasText: NAME });
    await row.getByText('Revision 2').waitFor();
    await row.getByText('Earlier revisions of Kestrel Insight (1)').click();
    await row.getByRole('link', { name: 'Revision 1' }).click();
    await page.getByRole('status', { name: 'Locked revision' }).getByRole('link', { name: 'Open revision 2' }).waitFor();
  });
});
