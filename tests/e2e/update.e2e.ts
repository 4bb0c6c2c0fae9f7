import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { serveBuild, waitForServiceWorker } from './support/server';
import { answerCurrentItem, answerProfile, createAssessment, submitProfile, waitSaved } from './support/app';

/**
 * A new version is published while a person is working. The server serves a copy
 * of dist/; "publishing" changes its index.html and its service worker (a new
 * precache revision), exactly what a new deployment does. The page must announce
 * the update and never reload until the person clicks — and a second tab must not
 * be reloaded by the first tab's click either.
 */
const app = useAppSessions();
const DIST = resolve(import.meta.dirname, '../../dist');

function publishSecondVersion(dir: string) {
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="hrba-build" content="second" /></head>'));
  const sw = join(dir, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1second-build"');
  if (after === before) throw new Error('sw.js has no precache entry for index.html to bump');
  writeFileSync(sw, after);
}

const build = (page: Page) => page.evaluate(() => document.querySelector('meta[name="hrba-build"]')?.getAttribute('content') ?? 'first');
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { hrbaSameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { hrbaSameDocument?: boolean }).hrbaSameDocument === true);
const waitingWorker = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

describe('a new version while the app is open', () => {
  it('announces the update, keeps working, and reloads only the tab whose button was clicked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrba-update-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serveBuild(dir);
    try {
      const session = await app.open(server.baseURL);
      const { page, context } = session;
      await waitForServiceWorker(page);
      await createAssessment(page, 'Mid-edit Kestrel');
      await answerProfile(page, { role: 'We build or sell the product (a company or start-up)' });
      await submitProfile(page);
      await answerCurrentItem(page, 'partial', 'First note, before the update.');
      await markDocument(page);

      publishSecondVersion(dir);
      // What the browser does on its own from time to time (and the app hourly): ask for a new worker.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.getByRole('status').filter({ hasText: 'Update available' }).waitFor();
      await expect.poll(() => waitingWorker(page)).toBe('installed');

      // The person keeps working: same document, same version, the new worker still waiting.
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      const note = 'Second note, typed while the update was waiting.';
      await answerCurrentItem(page, 'no', note);
      expect(await sameDocument(page)).toBe(true);
      expect(await build(page)).toBe('first');
      expect(await waitingWorker(page)).toBe('installed');

      // A second tab, open on the list, sees the same announcement.
      const other = await context.newPage();
      other.on('pageerror', (e) => session.problems.push(`second tab: ${e.message}`));
      await other.goto(server.baseURL);
      await other.getByRole('status').filter({ hasText: 'Update available' }).waitFor();
      await markDocument(other);

      // The person's last note is saved first: with an edit still pending, leaving the page asks
      // first (the unsaved-changes guard), and a busy machine can still be saving here.
      await waitSaved(page);
      // Nothing is left unsaved, so the reload must not ask ("Leave site?"). Should it ask,
      // say so at once rather than wait for a load that the dismissed prompt cancelled.
      const asked = new Promise<never>((_, reject) =>
        page.once('dialog', (d) => reject(new Error(`the page asked before reloading (${d.type()}): ${d.message()}`))),
      );
      await Promise.race([Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]), asked]);
      expect(await sameDocument(page)).toBe(false);
      expect(await build(page)).toBe('second');
      await expect.poll(() => page.getByRole('article').getByLabel('Notes').inputValue()).toBe(note);

      // The other tab was not reloaded under its reader: it says what happened and waits for them.
      await other.getByRole('status').filter({ hasText: 'A newer version of this app was started in another tab' }).waitFor();
      expect(await sameDocument(other)).toBe(true);
      expect(await build(other)).toBe('first');
      await other.close();
    } finally {
      await server.close();
    }
  });
});
