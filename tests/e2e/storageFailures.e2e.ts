import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, submitProfile, waitSaved } from './support/app';
import { say } from './support/say';

/**
 * When the browser's storage fails: one blocking message in plain words, no
 * retry until the person asks, nothing earlier lost, the unsaved edit kept; an
 * emptied store or one that cannot open is said plainly, never "Loading…".
 */
const app = useAppSessions();
const START_UP = { role: 'We build or sell the product (a company or start-up)', data: ['Personal data about identifiable people'] };

/**
 * Makes writes to IndexedDB throw QuotaExceededError while `window.__failWrites`
 * is true, as a full disk does, and counts the refused writes of assessments.
 */
function injectWriteFailures(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __failWrites: boolean; __refusedAssessmentWrites: number };
    w.__failWrites = false;
    w.__refusedAssessmentWrites = 0;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__failWrites) {
          if (this.name === 'assessments') w.__refusedAssessmentWrites += 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

const refused = (page: Page) => page.evaluate(() => (window as unknown as { __refusedAssessmentWrites: number }).__refusedAssessmentWrites);
const setFailing = (page: Page, on: boolean) => page.evaluate((v) => ((window as unknown as { __failWrites: boolean }).__failWrites = v), on);

async function openFirstItem(page: Page, name: string): Promise<string> {
  await createAssessment(page, name);
  await answerProfile(page, START_UP);
  await submitProfile(page);
  const id = /#\/a\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return id;
}

describe('a write that fails', () => {
  it('stops, says so in a blocking dialog, keeps the edit, loses nothing earlier, and saves on Retry', async () => {
    const session = await app.open();
    const { page } = session;
    await injectWriteFailures(page);
    await page.reload();
    await openFirstItem(page, 'Full disk product');
    const first = await answerCurrentItem(page, 'partial', 'Saved before the disk filled up.');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await setFailing(page, true);
    await page.getByRole('group', { name: 'Your answer' }).getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Notes').fill('Typed while the disk is full.');

    const dialog = page.getByRole('dialog', { name: 'Your latest changes are not saved' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('Not saved: this device’s storage is full. Your earlier work is safe.');
    expect(text).toContain('Export a backup now.');
    expect(await dialog.getByRole('link', { name: 'Back up everything' }).getAttribute('href')).toBe('#/backup');

    // The export includes the edit that could not be stored.
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export this assessment' }).click()]);
    const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as { assessment: { answers: Record<string, { notes: string }> } };
    expect(Object.values(exported.assessment.answers).map((a) => a.notes).sort()).toEqual(['Saved before the disk filled up.', 'Typed while the disk is full.']);

    // No retry on its own, whatever the person does next.
    await dialog.getByRole('button', { name: 'Close' }).click();
    const attempts = await refused(page);
    await page.getByLabel('Notes').pressSequentially(' More.');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(await refused(page)).toBe(attempts);
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('failed');

    // Leaving now asks first.
    const prompt = page.waitForEvent('dialog');
    void page.reload().catch(() => undefined);
    const leave = await prompt;
    expect(leave.type()).toBe('beforeunload');
    await leave.dismiss();

    await setFailing(page, false);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Conception — item/ }).waitFor();
    await expect.poll(() => page.getByLabel('Notes').inputValue()).toBe('Typed while the disk is full. More.');
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    expect(await page.locator('article .item-id').first().textContent()).toBe(first);
    await expect.poll(() => page.getByLabel('Notes').inputValue()).toBe('Saved before the disk filled up.');
  });
});

describe('a store that is emptied or cannot open', () => {
  it('notices at start-up that the store was emptied and offers to restore a backup', async () => {
    const { page, baseURL } = await app.open();
    const id = await openFirstItem(page, 'Vanishing product');
    await page.goto(baseURL);
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    // The browser empties the store between two runs; localStorage stays.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('hrba-tech');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();

    const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your assessments are missing from this browser’s storage' }) });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('This device had 1 assessment, but the browser’s storage is now empty.');
    expect(await notice.getByRole('link', { name: 'Restore from a backup' }).getAttribute('href')).toBe('#/backup');

    await page.goto(`${baseURL}#/a/${id}`);
    await page.getByRole('heading', { name: 'This assessment is missing from this browser’s storage' }).waitFor();
  });

  it('shows what to do when the database cannot open, instead of loading for ever', async () => {
    const session = await app.open();
    const { page } = session;
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    });
    await page.reload();
    const problem = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your assessments could not be opened' }) });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('The reason: the browser’s storage reported an error.');
    expect(await page.getByText('Loading your assessments…').count()).toBe(0);
    // Deliberately broken storage: what the browser logged about it is expected here.
    session.problems.splice(0);
  });

  it('says it in the chosen language (French), the browser’s English only under Technical details, marked lang="en"', async () => {
    const session = await app.open();
    const { page } = session;
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    // The choice is remembered once the French words have loaded.
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    });
    await page.reload();
    const problem = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: say('fr', 'Your assessments could not be opened') }) });
    await problem.waitFor();
    expect(await problem.textContent()).toContain(say('fr', 'The reason: {problem}', { problem: say('fr', 'the browser’s storage reported an error.') }));
    const details = problem.locator('details');
    await details.locator('summary').click();
    const english = details.locator('[lang="en"]');
    expect(await english.textContent()).toContain('UnknownError: Internal error opening backing store');
    // Outside the fold, no word of the browser's English.
    const outside = await problem.evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('details').forEach((d) => d.remove());
      return copy.textContent ?? '';
    });
    expect(outside).not.toMatch(/Internal error|backing store|UnknownError/);
    session.problems.splice(0);
  });
});
