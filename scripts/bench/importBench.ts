import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { largestAllowedFile, type LargestFile } from '../../tests/hostile/largest';
import { newSession } from './browser';
import { openHome } from './app';

/** Imports measured in the app (each in a fresh context, so each is a first import), after none warm-up. */
export const IMPORT_RUNS = 3;

export interface ImportResult {
  file: LargestFile;
  /** File chosen to "Imported …" on screen: read, checked in the worker, stored (ms, per run). */
  importMs: number[];
  /** The longest main-thread task during each import (PerformanceObserver 'longtask'; 0 when none over 50 ms). */
  longestTaskMs: number[];
  /** Every long task of every run, "duration@start" in ms from the moment the file was chosen. */
  tasks: string[];
  /** `hrba validate` on the same file: wall time of the whole command (ms). */
  cliMs: number;
  cliExit: number;
  problems: string[];
}

const OBSERVE = `(() => {
  const s = (window.__hrbaImport = { tasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The largest allowed file through the app's Import (worker check, then store) and through the CLI. */
export async function measureImport(browser: Browser, baseURL: string, root: string, log: (m: string) => void): Promise<ImportResult> {
  const file = largestAllowedFile(readFileSync(join(root, 'examples/kestrel-insight.hrba.json'), 'utf8'));
  const result: ImportResult = { file, importMs: [], longestTaskMs: [], tasks: [], cliMs: 0, cliExit: 0, problems: [] };
  // Given by path: Chromium reads the file itself, as for a person's choice. (Given as a buffer,
  // Playwright would build the File inside the page, on the main thread, and that is not the app.)
  const dir = mkdtempSync(join(tmpdir(), 'hrba-bench-import-'));
  const path = join(dir, 'largest.hrba.json');
  writeFileSync(path, file.text);
  for (let run = 1; run <= IMPORT_RUNS; run++) {
    log(`import of the largest allowed file (${(file.bytes / 1e6).toFixed(1)} MB), run ${run} of ${IMPORT_RUNS}…`);
    const session = await newSession(browser);
    try {
      session.context.setDefaultTimeout(180_000);
      await session.page.addInitScript(OBSERVE);
      await openHome(session.page, baseURL);
      const start = await session.page.evaluate(() => performance.now());
      await session.page.getByLabel('Import a .hrba.json file').setInputFiles(path);
      await session.page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
      const end = await session.page.evaluate(() => performance.now());
      const tasks = await session.page.evaluate(
        (from) => (window as unknown as { __hrbaImport: { tasks: { start: number; duration: number }[] } }).__hrbaImport.tasks.filter((t) => t.start + t.duration >= from),
        start,
      );
      result.importMs.push(end - start);
      result.longestTaskMs.push(Math.max(0, ...tasks.map((t) => t.duration)));
      result.tasks.push(`  run ${run}: ${tasks.map((t) => `${t.duration.toFixed(0)}@${(t.start - start).toFixed(0)}`).join(', ') || 'none'}`);
      result.problems.push(...session.problems);
    } finally {
      await session.context.close();
    }
  }
  log('hrba validate on the same file…');
  const started = performance.now();
  try {
    execFileSync(process.execPath, [join(root, 'bin/hrba.mjs'), 'validate', path], { stdio: 'ignore', timeout: 180_000 });
  } catch (error) {
    result.cliExit = (error as { status?: number }).status ?? -1;
  }
  result.cliMs = performance.now() - started;
  return result;
}
