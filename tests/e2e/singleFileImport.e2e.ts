import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { largestAllowedFile } from '../hostile/largest';

/**
 * The single-file build (one HTML file opened from file://) checks and stores an import in
 * a worker, as the served app does: the page's own script, started again as a worker from a
 * Blob URL, under the file's hashed CSP with Trusted Types (any violation fails the test,
 * see support/browser.ts). What shows it ran there: the browser reports a worker started from
 * a blob: URL, the app's User Timing mark says the outcome came from a worker and none says
 * an import ran on the page, Cancel ends that worker, and what the worker stored is what the
 * page lists, after a reload too. The longest main-thread task is printed, never asserted.
 */
const FILE = join(resolve(import.meta.dirname, '../../dist-single'), 'hrba-tech.html');
const EXAMPLE = readFileSync(join(import.meta.dirname, '../../examples/kestrel-insight.hrba.json'), 'utf8');
const MARKS = { worker: 'hrba-import:worker', page: 'hrba-import:page' };
const app = useAppSessions();

type Probe = { tasks: number[]; said: string[]; cancelOnCheck: boolean };

describe('the single-file build imports in a worker', () => {
  it('checks the largest allowed file off the page, with progress; Cancel ends the worker and stores nothing; a second import stores it', async () => {
    const largest = largestAllowedFile(EXAMPLE);
    const path = join(mkdtempSync(join(tmpdir(), 'hrba-single-import-')), 'largest.hrba.json');
    writeFileSync(path, largest.text);
    const name = (JSON.parse(largest.text) as { assessment: { subject: { productName: string } } }).assessment.subject.productName;

    const { page } = await app.open(pathToFileURL(FILE).href);
    await page.getByRole('heading', { name: /Check a technology against human rights/ }).waitFor();
    const workers: Worker[] = [];
    const closed = new Set<Worker>();
    page.on('worker', (w) => {
      workers.push(w);
      w.on('close', () => closed.add(w));
    });
    await page.evaluate(() => {
      const probe: Probe = { tasks: [], said: [], cancelOnCheck: true };
      (window as unknown as { __probe: Probe }).__probe = probe;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.tasks.push(e.duration))).observe({ type: 'longtask' });
      // Every progress line the page shows, in order; and Cancel pressed the moment "Checking" shows. A click
      // through the test driver takes its own time to arrive (long on a busy machine), and could land after
      // checking has ended, when storing has begun and Cancel is no longer offered.
      new MutationObserver(() => {
        const line = document.querySelector('[role="status"] p')?.textContent ?? '';
        if (line && probe.said.at(-1) !== line) probe.said.push(line);
        if (probe.cancelOnCheck && line.includes('Checking every field')) {
          probe.cancelOnCheck = false;
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel import')?.click();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const input = page.getByLabel('Import a .hrba.json file');
    const status = page.getByRole('status');
    const probe = () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

    // First import: progress from the worker, then Cancel while it checks.
    await input.setInputFiles(path);
    await status.filter({ hasText: 'Import cancelled. Nothing was changed.' }).waitFor();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.url()).toMatch(/^blob:/);
    await expect.poll(() => closed.has(workers[0]!)).toBe(true);
    const said = (await probe()).said;
    expect(said[0]).toMatch(/^Importing “largest\.hrba\.json”\. Reading the file/);
    expect(said.at(-1)).toBe('Importing “largest.hrba.json”. Checking every field…');
    expect(said.some((line) => line.includes('Storing it'))).toBe(false);
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);

    // Second import, to its end: a new worker stores it, and the page lists it from the same database.
    await input.setInputFiles(path);
    await status.filter({ hasText: `Imported "${name}".` }).waitFor({ timeout: 240_000 });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.url()).toBe(workers[0]!.url());
    await page.getByRole('link', { name, exact: true }).waitFor();
    const seen = await page.evaluate((m) => ({ worker: performance.getEntriesByName(m.worker).length, page: performance.getEntriesByName(m.page).length, tasks: (window as unknown as { __probe: Probe }).__probe.tasks }), MARKS);
    // The first import's worker reported progress before it was cancelled; the second's, its outcome.
    expect(seen).toMatchObject({ worker: 2, page: 0 });
    console.info(`single file, largest allowed file (${(largest.text.length / 1e6).toFixed(1)} MB): long tasks on the page ${seen.tasks.map((t) => t.toFixed(0)).join(', ') || 'none'} ms`);

    await page.reload();
    await page.getByRole('link', { name, exact: true }).waitFor();
  }, 300_000);
});
