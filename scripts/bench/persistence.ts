import type { Browser, Page } from 'playwright-core';
import { newSession } from './browser';
import { currentItemId, goToStep, importFile, openAssessment, openHome, waitSaved } from './app';
import { notesFor, type BenchFile } from './fixtures';

/**
 * Answer-to-IndexedDB persistence: CHANGES answer edits (status radio clicks and
 * notes edits, alternating, CHANGES_PER_ITEM per item, "Next" between items),
 * each followed by a wait for "All changes saved". Two figures come out:
 * the app's own `hrba:persist` measures (the IndexedDB transaction per committed
 * change), and the end-to-end time from the input event to the indicator saying
 * saved, which includes the autosave debounce.
 */
export const CHANGES = 40;
export const CHANGES_PER_ITEM = 4;

/** The radio labels, exactly as the answer words of src/ui/common/codeWords.ts (ANSWER_MESSAGES) spell them in English (note the typographic apostrophe). */
const STATUS_LABELS = ['Yes', 'Partly', 'No', 'Not applicable', 'Don’t know'] as const;

/** Keys typed one by one at the end, as a fast typist would (ms between keys). */
export const TYPED_KEYS = 40;
const KEY_DELAY_MS = 40;

export interface PersistenceResult {
  persist: number[];
  /** Key handled → its write-ahead journal transaction complete: the window a killed browser could lose it in. */
  journal: number[];
  endToEnd: number[];
  items: string[];
  problems: string[];
}

interface BenchWindow {
  __hrbaBenchSaved?: Promise<number>;
}

/**
 * Arms a one-shot timer in the page: t0 is the first input/click on a form control,
 * t1 the moment the save indicator's data-save-state becomes "saved" again after
 * having left that state. Resolves with t1 − t0 in milliseconds.
 *
 * Plain JavaScript in a string on purpose: tsx compiles with esbuild's keepNames,
 * which wraps named inner functions in a `__name` helper the page does not have.
 */
const ARM_SCRIPT = `(() => {
  window.__hrbaBenchSaved = new Promise((resolve, reject) => {
    let t0 = null;
    let left = false;
    let timer = 0;
    const observer = new MutationObserver(() => {
      if (t0 === null) return;
      const state = document.querySelector('[data-save-state]')?.getAttribute('data-save-state');
      if (state !== 'saved') left = true;
      else if (left) {
        const t1 = performance.now();
        cleanup();
        resolve(t1 - t0);
      }
    });
    const onInput = (event) => {
      const t = event.target;
      if (t0 === null && (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) t0 = performance.now();
    };
    const cleanup = () => {
      window.removeEventListener('input', onInput, true);
      window.removeEventListener('click', onInput, true);
      observer.disconnect();
      clearTimeout(timer);
    };
    timer = setTimeout(() => {
      cleanup();
      reject(new Error('the save indicator did not return to "saved" within 15 s'));
    }, 15000);
    window.addEventListener('input', onInput, true);
    window.addEventListener('click', onInput, true);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-save-state'] });
  });
})()`;

function arm(page: Page): Promise<void> {
  return page.evaluate(ARM_SCRIPT);
}

function collect(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).__hrbaBenchSaved!);
}

export async function measurePersistence(browser: Browser, baseURL: string, file: BenchFile): Promise<PersistenceResult> {
  const { context, page, problems } = await newSession(browser);
  try {
    await openHome(page, baseURL);
    await importFile(page, file);
    await openAssessment(page, file.productName);
    await goToStep(page, 'Conception');

    const endToEnd: number[] = [];
    const items: string[] = [];
    const answerGroup = page.getByRole('group', { name: 'Your answer' });
    const notes = page.getByLabel('Notes', { exact: true });
    const itemCount = Math.ceil(CHANGES / CHANGES_PER_ITEM);

    for (let item = 0; item < itemCount; item++) {
      const itemId = await currentItemId(page);
      if (items.includes(itemId)) throw new Error(`"Next" did not move on from ${itemId}`);
      items.push(itemId);
      for (let k = 0; k < CHANGES_PER_ITEM && endToEnd.length < CHANGES; k++) {
        await arm(page);
        if (k % 2 === 1) {
          // Consecutive radio clicks on one item always pick a different status. Notes come
          // first on each item: "Not applicable" on a red flag is saved only with a reason.
          const label = STATUS_LABELS[(item * 2 + (k - 1) / 2) % STATUS_LABELS.length]!;
          await answerGroup.getByLabel(label, { exact: true }).check();
        } else {
          await notes.fill(notesFor(itemId, k));
        }
        endToEnd.push(await collect(page));
        await waitSaved(page);
      }
      if (item < itemCount - 1) {
        await page.getByRole('button', { name: 'Next', exact: true }).click();
        await page.waitForFunction((previous) => document.querySelector('article .item-id')?.textContent?.trim() !== previous, itemId);
      }
    }

    await page.evaluate(() => performance.clearMeasures('hrba:journal'));
    await notes.press('End');
    await notes.pressSequentially(' typed key by key'.padEnd(TYPED_KEYS, '.'), { delay: KEY_DELAY_MS });
    await waitSaved(page);
    const journal = await page.evaluate(() => performance.getEntriesByName('hrba:journal').map((e) => e.duration));
    if (journal.length === 0) throw new Error('no hrba:journal measures (did src/db/journalWriter.ts change?)');

    const persist = await page.evaluate(() => performance.getEntriesByName('hrba:persist').map((e) => e.duration));
    if (persist.length < CHANGES) {
      throw new Error(`expected ${CHANGES} hrba:persist measures, found ${persist.length} (did src/ui/wizard/useAutosave.ts change?)`);
    }
    return { persist, journal, endToEnd, items, problems };
  } finally {
    await context.close();
  }
}
