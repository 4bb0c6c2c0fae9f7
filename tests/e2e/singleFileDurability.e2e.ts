import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { answerCurrentItem, answerProfile, createAssessment, submitProfile } from './support/app';
import { browserPid, killBrowser, launchPersistent, profileDir, removeProfile, type PersistentBrowser } from './support/persistent';

/**
 * The write-ahead copy in the single-file build, opened from file:// with a real
 * profile on disk: typed words survive the browser being killed and the file being
 * opened again, as on a USB stick in a machine that crashed.
 */
const FILE = join(resolve(import.meta.dirname, '../../dist-single'), 'hrba-tech.html');
const SAVED = 'Saved the normal way.';
const LAST_WORDS = ' Typed just before the crash: Łódź ✓';

const open: PersistentBrowser[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) {
    expect(b.problems).toEqual([]);
    // Nothing but the file itself (and what it makes in memory) is ever asked for.
    expect(b.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await b.context.close().catch(() => undefined);
  }
  dirs.splice(0).forEach(removeProfile);
});

describe('the single-file build keeps what was typed', () => {
  it('after the browser is killed 30 ms after the last key, reopening the file finds the note complete', async () => {
    expect(existsSync(FILE), 'run `npm run build:single` first').toBe(true);
    const url = pathToFileURL(FILE).href;
    const dir = profileDir();
    dirs.push(dir);
    const first = await launchPersistent(dir);
    open.push(first);
    await first.page.goto(url);
    await createAssessment(first.page, 'USB stick crash test');
    await answerProfile(first.page, { role: 'We build or sell the product (a company or start-up)', data: ['Personal data about identifiable people'] });
    await submitProfile(first.page);
    await answerCurrentItem(first.page, 'partial', SAVED);
    const id = /#\/a\/([^/?]+)/.exec(first.page.url())?.[1];
    if (!id) throw new Error(`no assessment id in ${first.page.url()}`);

    const pid = browserPid(dir);
    const notes = first.page.getByLabel('Notes');
    await notes.press('End');
    await notes.pressSequentially(LAST_WORDS);
    await new Promise((r) => setTimeout(r, 30));
    await killBrowser(first, pid);
    open.splice(open.indexOf(first), 1);

    const again = await launchPersistent(dir);
    open.push(again);
    await again.page.goto(`${url}#/a/${id}`);
    await again.page.getByRole('heading', { level: 2, name: /^Conception — item 1 of/ }).waitFor();
    await expect.poll(() => again.page.getByLabel('Notes').inputValue()).toBe(SAVED + LAST_WORDS);
    // Replayed into the store, not only shown: a reload still has it.
    await again.page.reload();
    await expect.poll(() => again.page.getByLabel('Notes').inputValue()).toBe(SAVED + LAST_WORDS);
  });
});
