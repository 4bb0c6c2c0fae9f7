import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';

/** Steps a person takes in the app, by role and label, shared by the end-to-end tests. */

export async function createAssessment(page: Page, productName: string, organisation = ''): Promise<void> {
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByLabel('Product name (required)').fill(productName);
  if (organisation) await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Continue to the profile' }).click();
  await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
}

export interface Profile {
  role: string;
  technology?: string[];
  data?: string[];
  setting?: string[];
  affected?: string[];
  /** "Will it make or support decisions about individual people?" (asked from checklist 1.1.0 on). */
  decisions?: boolean;
  /** "Will members of the public use it themselves…?" (asked from checklist 1.1.0 on; default yes). */
  publicUsers?: boolean;
  emergency?: boolean;
  crossBorder?: boolean;
}

export async function answerProfile(page: Page, profile: Profile): Promise<void> {
  await page.getByLabel(profile.role).check();
  for (const label of [...(profile.technology ?? []), ...(profile.data ?? []), ...(profile.setting ?? []), ...(profile.affected ?? [])]) {
    await page.getByLabel(label, { exact: true }).check();
  }
  const yesNo = async (group: RegExp, value: boolean) =>
    page.getByRole('group', { name: group }).getByLabel(value ? 'Yes' : 'No', { exact: true }).check();
  // Assessments made with checklist 1.0.0 have no such question; newer ones must answer it.
  if (await page.getByRole('group', { name: /decisions about individual people/ }).count()) await yesNo(/decisions about individual people/, profile.decisions ?? false);
  if (await page.getByRole('group', { name: /members of the public use it/ }).count()) await yesNo(/members of the public use it/, profile.publicUsers ?? true);
  await yesNo(/emergency measure/, profile.emergency ?? false);
  await yesNo(/more than one country/, profile.crossBorder ?? false);
}

export async function submitProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue to conception' }).click();
  await page.getByRole('heading', { name: /^Conception/, level: 2 }).first().waitFor();
}

export const STATUS_LABELS = { yes: 'Yes', partial: 'Partly', no: 'No', 'not-applicable': 'Not applicable', unknown: 'Don’t know' } as const;

/** Answers the item on screen and waits until the app says it is saved. */
export async function answerCurrentItem(page: Page, status: keyof typeof STATUS_LABELS, notes: string): Promise<string> {
  const itemId = await currentItemId(page);
  await page.getByRole('group', { name: 'Your answer' }).getByLabel(STATUS_LABELS[status], { exact: true }).check();
  await page.getByLabel('Notes').fill(notes);
  await waitSaved(page);
  return itemId;
}

export async function currentItemId(page: Page): Promise<string> {
  const text = await page.locator('article .item-id').first().textContent();
  if (!text) throw new Error('no item on screen');
  return text.trim();
}

export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
  // A later edit may still be pending in the debounce: wait until nothing is.
  await page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved');
}

/** An entry of an open assessment's export menu ("Export PDF", "Export HTML report", "Export JSON"), opening the menu first if it is closed. */
export async function exportButton(page: Page, name: 'Export PDF' | 'Export HTML report' | 'Export JSON'): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page.getByRole('button', { name, exact: true });
}

export async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  return { download: d, bytes: await readFile(path) };
}

const require = createRequire(import.meta.url);
const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (WCAG 2.0–2.2 A/AA rules) on the current page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the app's strict CSP stays on.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}
