import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { verifyTrail, type HrbaFile } from '../../src/domain';
import { useAppSessions } from './support/browser';
import { answerProfile, createAssessment, download, exportButton, expectNoAxeViolations, submitProfile, waitSaved } from './support/app';

/**
 * Checklist content that evolves: an assessment made with 1.0.0 (the shipped example) is
 * upgraded to 1.1.0 on the upgrade page, item by item, with its answers carried over and the
 * upgrade in its trail; and the global "Easy read" switch shows the whole checklist, its
 * guidance headings and answer labels in easy-read words. Expected texts are read from the
 * checklist files, not copied into the test.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/kestrel-insight.hrba.json');
const app = useAppSessions();

interface ItemText {
  id: string;
  question: string;
  easyRead: string;
  goodPractice?: string;
}
function items(version: string, file: string): ItemText[] {
  return (JSON.parse(readFileSync(join(ROOT, 'checklists/hrba-tech', version, 'items', file), 'utf8')) as { items: ItemText[] }).items;
}
const item = (id: string) => items('1.2.0', 'conception.json').find((i) => i.id === id)!;

async function openExample(page: Page): Promise<HrbaFile> {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as HrbaFile;
  const name = example.assessment.subject.productName;
  await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
  await page.getByRole('status').filter({ hasText: `Imported "${name}".` }).waitFor();
  await page.getByRole('link', { name, exact: true }).click();
  return example;
}

describe('checklist versions', () => {
  it('upgrades a 1.0.0 assessment to 1.1.0 then 1.2.0: per-item changes, answers carried, a re-answer list, each step in the trail', async () => {
    const { page } = await app.open();
    const example = await openExample(page);
    await page.getByText('This assessment uses checklist version 1.0.0; version 1.2.0 is available. Versions are upgraded one at a time, 1.1.0 first.').waitFor();
    await page.getByRole('link', { name: 'See what changes and upgrade to 1.1.0' }).click();
    await page.getByRole('heading', { level: 2, name: 'Upgrade from checklist 1.0.0 to 1.1.0' }).waitFor();
    await page.getByText('72 answers are kept as they are, 0 move to the item they were merged into, and 7 applicable items will need an answer.').waitFor();

    const changes = page.getByRole('table', { name: /^Items to read again: .* \(64 of 136 items\)$/ });
    const row = (id: string) => changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${id} `) }) });
    await expect.poll(() => row('OPS-10').textContent()).toMatch(/Meaning changed.*Question reworded.*Answer again \(your notes and evidence are kept\)/);
    expect(await row('DEP-29').textContent()).toMatch(/Merged into OPS-10.*Not moved: the item it was merged into already has an answer/);
    expect(await row('DEP-02').textContent()).toContain('Retired');
    expect(await row('CON-35').textContent()).toMatch(/New.*No answer yet/);
    expect(await row('CON-13').textContent()).toMatch(/Reworded, meaning unchanged.*Buyer’s wording of the question added.*Your answer is kept/);
    expect(await row('CON-16').textContent()).toContain('Applies in different cases');
    // Items where only guidance changed are not rows: they are grouped by what changed, their ids folded.
    expect(await row('CON-01').count()).toBe(0);
    const guidance = page.getByRole('region', { name: 'Guidance only: answers keep their meaning (72 items)' });
    await guidance.getByText('Easy-read wording changed · Sources changed (20 items)').click();
    await guidance.getByText(/^CON-01, CON-06, /).waitFor();
    const toAnswer = page.getByRole('region', { name: /To answer after upgrading \(7\)/ });
    for (const id of ['CON-35', 'CON-36', 'DES-36', 'DEP-31', 'DEP-32', 'OPS-10', 'OPS-32']) await toAnswer.getByText(id, { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'New profile questions' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Will it make or support decisions about individual people'),
      expect.stringContaining('Will members of the public use it themselves'),
    ]);
    // Profile options renamed or added can change what a profile answer means: named apart from help.
    const profile = page.getByRole('region', { name: 'Profile questions that changed (2)' });
    await profile.getByText('Option renamed from “A public service or a public-private partnership” to “Delivering a public service', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'the upgrade page');

    await page.getByRole('button', { name: 'Upgrade to 1.1.0' }).click();
    // Back on the checklist (where the example's wizard stood), on the new version.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Upgrade from checklist/ }).count()).toBe(0);
    await page.getByText(/HRBA@Tech.* 1\.1\.0( ·|$)/).first().waitFor();
    await page.getByText(/This assessment uses checklist version 1\.1\.0; version 1\.2\.0 is available\. See what changes and upgrade to 1\.2\.0$/).waitFor();

    // 1.2.0 changes no item's meaning: every answer is kept; the 7 from 1.1.0 still wait for an answer.
    await page.getByRole('link', { name: 'See what changes and upgrade to 1.2.0' }).click();
    await page.getByRole('heading', { level: 2, name: 'Upgrade from checklist 1.1.0 to 1.2.0' }).waitFor();
    await page.getByText(/^\d+ answers are kept as they are, 0 move to the item they were merged into, and 7 applicable items will need an answer\./).waitFor();
    // It only adds gap titles (and rewords one): nothing to read again, two folded lines instead of 104 rows.
    await page.getByText('No item is new or gone in version 1.2.0, and no question, meaning, applicability or red-flag rule changes: every answer keeps its meaning.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    const gapTitles = page.getByRole('region', { name: 'Guidance only: answers keep their meaning (104 items)' });
    expect(await gapTitles.locator('summary').allTextContents()).toEqual(['Gap title added (103 items)', 'Gap title changed (1 item)']);
    await page.getByText('Help was added or changed under 33 profile questions and options: your profile answers keep their meaning.').waitFor();
    expect(await page.getByRole('region', { name: /^Profile questions that changed/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the upgrade page to 1.2.0');
    await page.getByRole('button', { name: 'Upgrade to 1.2.0' }).click();
    await page.getByText(/HRBA@Tech.* 1\.2\.0( ·|$)/).first().waitFor();
    await expect.poll(() => page.getByText(/is available/).count()).toBe(0);

    const { bytes } = await download(page, async () => (await exportButton(page, 'Export JSON')).click());
    const after = JSON.parse(bytes.toString('utf8')) as HrbaFile;
    expect(after.assessment.checklist.version).toBe('1.2.0');
    // Answers whose meaning is unchanged are carried over exactly; OPS-10 is cleared for re-answering, notes kept.
    for (const id of ['CON-01', 'DES-07', 'DEP-03', 'OPS-01']) expect(after.assessment.answers[id]).toEqual(example.assessment.answers[id]);
    expect(after.assessment.answers['OPS-10']).toMatchObject({ status: null, notes: example.assessment.answers['OPS-10']!.notes });
    expect(after.assessment.answers['DEP-29']).toBeUndefined();
    // The trail records each step as one event, hash-linked after the import.
    const last = after.trail.at(-1)!;
    expect(after.trail.at(-2)!.change).toMatchObject({ type: 'checklist.upgrade', from: { version: '1.0.0' }, to: { version: '1.1.0' }, reset: ['OPS-10'], dropped: ['DEP-29'] });
    expect(last.change).toMatchObject({ type: 'checklist.upgrade', from: { version: '1.1.0' }, to: { version: '1.2.0' }, reset: [], dropped: [] });
    expect(after.trail.at(-3)!.change.type).toBe('assessment.imported');
    expect(verifyTrail(after.trail)).toMatchObject({ ok: true, head: last.hash });
  });

  it('shows the whole checklist, its guidance headings and answer labels in easy read with the global switch, and good practice beside the sources', async () => {
    const { page } = await app.open();
    await createAssessment(page, 'Plain Words', 'Kestrel Labs');
    await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
    await submitProfile(page);
    const article = page.getByRole('article');
    await article.getByRole('heading', { level: 3, name: item('CON-01').question }).waitFor();

    const toggle = page.getByRole('button', { name: 'Easy read', exact: true });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await article.getByRole('heading', { level: 3, name: item('CON-01').easyRead }).waitFor();
    const answers = page.getByRole('group', { name: 'Your answer' });
    for (const label of ['Yes', 'Partly, not fully', 'No', 'This does not fit us', 'I don’t know']) await answers.getByLabel(label, { exact: true }).waitFor();
    expect(await answers.getByLabel('Don’t know', { exact: true }).count()).toBe(0);
    await article.getByText('What good looks like and what proof to show', { exact: true }).waitFor();
    await article.getByText('Where this question comes from', { exact: true }).waitFor();
    // The stage outline lists every question in easy read too.
    const outline = page.getByRole('complementary');
    await outline.getByRole('button', { name: `CON-02 ${item('CON-02').easyRead}` }).waitFor();
    await expectNoAxeViolations(page, 'a question in easy read');

    // The whole checklist: the next question, answered with an easy-read label, and the outline's badge.
    await answers.getByLabel('I don’t know', { exact: true }).check();
    await page.getByLabel('Notes').fill('Answered in easy read.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await article.getByRole('heading', { level: 3, name: item('CON-02').easyRead }).waitFor();
    await outline.getByRole('listitem').filter({ hasText: 'CON-01' }).getByText('I don’t know', { exact: true }).waitFor();

    // Good practice is said beside the citations, with who speaks in each cited passage.
    const con35 = item('CON-35');
    await outline.getByRole('button', { name: new RegExp(`^CON-35 `) }).click();
    await article.getByRole('heading', { level: 3, name: con35.easyRead }).waitFor();
    await article.getByText('Where this question comes from', { exact: true }).click();
    await article.getByText(`Good practice, not found in the sources: ${con35.goodPractice!}`).waitFor();
    await article.getByRole('listitem').filter({ hasText: /UNGP \d+/ }).first().waitFor();

    // Remembered across visits, and switched off again the same way.
    await page.reload();
    const heading = article.getByRole('heading', { level: 3 });
    await heading.waitFor();
    const conception = items('1.2.0', 'conception.json');
    expect(conception.map((i) => i.easyRead)).toContain(await heading.textContent());
    await page.getByRole('button', { name: 'Easy read', exact: true }).click();
    await expect.poll(async () => conception.map((i) => i.question).includes((await heading.textContent()) ?? '')).toBe(true);
    await answers.getByLabel('Don’t know', { exact: true }).waitFor();
  });
});
