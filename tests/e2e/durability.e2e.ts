import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerCurrentItem, answerProfile, createAssessment, submitProfile } from './support/app';
import { browserPid, killBrowser, launchPersistent, profileDir, removeProfile, type PersistentBrowser } from './support/persistent';

/**
 * The last words typed survive whatever ends the page: the browser killed
 * (SIGKILL) 100 ms after the last key, the browser closed, the tab closed, a
 * reload. Each run uses a real profile on disk and reopens it as a person would.
 */
const START_UP = { role: 'We build or sell the product (a company or start-up)', data: ['Personal data about identifiable people'] };
const SAVED = 'First line, saved normally.';
const LAST_WORDS = ' Then the last words, typed just before the end: Łódź ✓ 42';
const TIMEOUT = 180_000;

let browsers: PersistentBrowser[] = [];
const dirs: string[] = [];
afterEach(async () => {
  const open = browsers;
  browsers = [];
  for (const b of open) {
    expect(b.problems).toEqual([]);
    const origin = new URL(inject('baseURL')).origin;
    expect(b.requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    await b.context.close().catch(() => undefined);
  }
  dirs.splice(0).forEach(removeProfile);
});

async function launch(dir: string): Promise<PersistentBrowser> {
  const b = await launchPersistent(dir);
  browsers.push(b);
  return b;
}

/** A new assessment open at its first item, with one note saved the normal way. */
async function firstItemWithSavedNote(): Promise<{ dir: string; b: PersistentBrowser; id: string }> {
  const dir = profileDir();
  dirs.push(dir);
  const b = await launch(dir);
  await b.page.goto(inject('baseURL'));
  await createAssessment(b.page, 'Crash-safe product');
  await answerProfile(b.page, START_UP);
  await submitProfile(b.page);
  await answerCurrentItem(b.page, 'partial', SAVED);
  const id = /#\/a\/([^/?]+)/.exec(b.page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${b.page.url()}`);
  return { dir, b, id };
}

/** Key by key, as a person types; resolves when the last key has been handled. */
async function typeLastWords(page: Page) {
  const notes = page.getByLabel('Notes');
  await notes.press('End');
  await notes.pressSequentially(LAST_WORDS);
}

async function expectNoteComplete(page: Page, id: string) {
  await page.goto(`${inject('baseURL')}#/a/${id}`);
  await page.getByRole('heading', { level: 2, name: /^Conception — item 1 of/ }).waitFor();
  await expect.poll(() => page.getByLabel('Notes').inputValue()).toBe(SAVED + LAST_WORDS);
}

describe('nothing typed is lost', () => {
  it(
    'when the browser is killed 100 ms after the last key',
    async () => {
      const { dir, b, id } = await firstItemWithSavedNote();
      await typeLastWords(b.page);
      await new Promise((r) => setTimeout(r, 100));
      await killBrowser(b);
      browsers = browsers.filter((x) => x !== b);

      const again = await launch(dir);
      await expectNoteComplete(again.page, id);
      await again.page.getByText(/^Recovered 1 unsaved edit from your last session\.$/).waitFor();
      // Replayed into the store, not only shown: a reload without the copies still has it.
      await again.page.reload();
      await expect.poll(() => again.page.getByLabel('Notes').inputValue()).toBe(SAVED + LAST_WORDS);
    },
    TIMEOUT,
  );

  it(
    'when the browser is killed the moment the last key is in the write-ahead journal, and the copy is made inside each key event',
    async () => {
      const { dir, b, id } = await firstItemWithSavedNote();
      const pid = browserPid(dir);
      // Checked at the end of every input event (a window listener runs after the app's):
      // the localStorage copy already holds what the field holds, before any timer or render.
      await b.page.evaluate((assessmentId) => {
        const w = window as unknown as { __walChecks: { seen: number; behind: number } };
        w.__walChecks = { seen: 0, behind: 0 };
        window.addEventListener('input', (event) => {
          const field = event.target as HTMLTextAreaElement;
          if (field.tagName !== 'TEXTAREA') return;
          w.__walChecks.seen += 1;
          const copies = JSON.parse(localStorage.getItem(`hrba.wal.${assessmentId}`) ?? '[]') as { change: { notes?: string } }[];
          if (!copies.some((c) => c.change.notes === field.value)) w.__walChecks.behind += 1;
        });
      }, id);
      await typeLastWords(b.page);
      expect(await b.page.evaluate(() => (window as unknown as { __walChecks: unknown }).__walChecks)).toEqual({ seen: [...LAST_WORDS].length, behind: 0 });
      // Killed as soon as a separate read sees the last key's journal row committed.
      await b.page.waitForFunction(
        ([assessmentId, text]) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('hrba-tech');
            open.onsuccess = () => {
              const get = open.result.transaction('journal').objectStore('journal').getAll();
              get.onsuccess = () => {
                open.result.close();
                resolve(get.result.some((r: { assessmentId: string; change: { notes?: string } | null }) => r.assessmentId === assessmentId && r.change?.notes === text));
              };
              get.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        [id, SAVED + LAST_WORDS],
        { polling: 1 },
      );
      await killBrowser(b, pid);
      browsers = browsers.filter((x) => x !== b);

      const again = await launch(dir);
      await expectNoteComplete(again.page, id);
    },
    TIMEOUT,
  );

  // A kill a few milliseconds after the last key can land before that key's journal
  // transaction has committed (no web API makes a write durable inside the key's own
  // handler; `npm run bench` measures the window, which grows on a busy machine). So
  // these runs assert what holds at any speed, without a timing threshold: every key
  // the journal was seen to hold before the kill survives it, and what comes back is
  // exactly the start of what was typed, never garbled or mixed with another edit.
  // The process id is found before typing, so the kill leaves the given delay after
  // Chromium acknowledged the last key.
  it.each([10, 30])(
    'when the browser is killed %i ms after the last key, every key the journal held survives',
    async (delay) => {
      const { dir, b, id } = await firstItemWithSavedNote();
      const pid = browserPid(dir);
      let committed = '';
      await b.page.exposeFunction('__journalHolds', (notes: string) => {
        if (notes.length > committed.length) committed = notes;
      });
      // A second connection reads the journal over and over while the keys go in and
      // reports each longer committed note to the test (a note is only reported once committed).
      // Only a longer note is sent: reporting every read floods the test's connection to the
      // browser, and on a busy machine the keys then wait behind thousands of reports.
      await b.page.evaluate((assessmentId) => {
        const report = (window as unknown as { __journalHolds: (notes: string) => void }).__journalHolds;
        let reported = '';
        const open = indexedDB.open('hrba-tech');
        open.onsuccess = () => {
          const db = open.result;
          const read = () => {
            const get = db.transaction('journal').objectStore('journal').getAll();
            get.onsuccess = () => {
              for (const r of get.result as { assessmentId: string; change: { notes?: string } | null }[]) {
                const notes = r.assessmentId === assessmentId ? r.change?.notes : undefined;
                if (typeof notes === 'string' && notes.length > reported.length) {
                  reported = notes;
                  report(notes);
                }
              }
              setTimeout(read, 0);
            };
          };
          read();
        };
      }, id);
      await typeLastWords(b.page);
      await new Promise((r) => setTimeout(r, delay));
      await killBrowser(b, pid);
      browsers = browsers.filter((x) => x !== b);
      const held = committed;
      // The reader saw at least the first key of the last words go in before the kill.
      expect(held.startsWith(SAVED) && held.length > SAVED.length).toBe(true);

      const again = await launch(dir);
      await again.page.goto(`${inject('baseURL')}#/a/${id}`);
      await again.page.getByRole('heading', { level: 2, name: /^Conception — item 1 of/ }).waitFor();
      await expect
        .poll(() => again.page.getByLabel('Notes').inputValue())
        .toSatisfy((notes: string) => (SAVED + LAST_WORDS).startsWith(notes) && notes.startsWith(held));
    },
    TIMEOUT,
  );

  it(
    'when the browser is closed right after the last key',
    async () => {
      const { dir, b, id } = await firstItemWithSavedNote();
      await typeLastWords(b.page);
      await b.context.close();
      browsers = browsers.filter((x) => x !== b);
      const again = await launch(dir);
      await expectNoteComplete(again.page, id);
    },
    TIMEOUT,
  );

  it(
    'when the tab is closed right after the last key',
    async () => {
      const { b, id } = await firstItemWithSavedNote();
      await typeLastWords(b.page);
      await b.page.close();
      const tab = await b.context.newPage();
      await expectNoteComplete(tab, id);
    },
    TIMEOUT,
  );

  it(
    'when the page is reloaded right after the last key',
    async () => {
      const { b, id } = await firstItemWithSavedNote();
      // Should the browser ask before leaving, the person confirms.
      b.page.on('dialog', (d) => void d.accept());
      await typeLastWords(b.page);
      await b.page.reload();
      await expectNoteComplete(b.page, id);
    },
    TIMEOUT,
  );
});
