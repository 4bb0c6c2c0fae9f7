import type { Page } from 'playwright-core';
import type { BenchFile } from './fixtures';

/** Steps a person takes in the app, found by role and label as a screen reader would. */

export async function openHome(page: Page, baseURL: string): Promise<void> {
  await page.goto(baseURL);
  await page.getByRole('heading', { name: 'Your assessments', level: 1 }).waitFor();
}

/** Imports through the home page's file input, the same way a person would. */
export async function importFile(page: Page, file: BenchFile): Promise<void> {
  await page.getByLabel('Import a .hrba.json file').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text, 'utf8'),
  });
  const imported = page.getByRole('status').filter({ hasText: 'Imported' });
  const failed = page.getByText(/^Could not import/);
  await imported.or(failed).first().waitFor();
  if (await failed.isVisible()) {
    const details = await page.locator('body').innerText();
    throw new Error(`the app refused the bench's file:\n${details.slice(0, 2000)}`);
  }
}

/** Opens an assessment from the home table and waits for the wizard. */
export async function openAssessment(page: Page, productName: string): Promise<void> {
  await page.getByRole('link', { name: productName, exact: true }).click();
  await page.getByRole('navigation', { name: 'Assessment steps' }).waitFor();
  await page.getByRole('heading', { name: productName, level: 1 }).waitFor();
}

export async function goToStep(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: label, exact: true }).click();
  // The stage heading reads "Conception — item 1 of 30"; the outline beside it has its own "Conception: …" heading.
  await page.locator('#stage-title').filter({ hasText: new RegExp(`^${label}`) }).waitFor();
}

export async function currentItemId(page: Page): Promise<string> {
  const text = await page.locator('article .item-id').first().textContent();
  if (!text) throw new Error('no checklist item is on screen');
  return text.trim();
}

export function saveState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? null);
}

/** Waits until the save indicator says everything is saved (and nothing is pending in the debounce). */
export async function waitSaved(page: Page): Promise<void> {
  const indicator = page.getByRole('status').filter({ hasText: 'All changes saved' });
  await indicator.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved');
}
