import { build, preview } from 'vite';
import type { Browser } from 'playwright-core';
import { newSession, type Server } from './browser';
import type { BenchFile } from './fixtures';
import type { ReportBenchResult } from './page/main';

export const REPORT_RUNS = 5;
const PAGE_CONFIG = new URL('./page/vite.config.ts', import.meta.url).pathname;

/** Builds the bench page (scripts/bench/page) into .tmp/bench-dist and serves it on a free loopback port. */
export async function startReportBenchPage(): Promise<Server> {
  await build({ configFile: PAGE_CONFIG, logLevel: 'warn' });
  const server = await preview({ configFile: PAGE_CONFIG, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the bench page server has no TCP address');
  }
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/**
 * The full report against jsPDF writing the same strings with no layout, in
 * Chromium: REPORT_RUNS alternating runs of each on one report, fonts loaded.
 */
export async function measureReportAgainstBaseline(browser: Browser, baseURL: string, file: BenchFile): Promise<ReportBenchResult & { problems: string[] }> {
  const { context, page, problems } = await newSession(browser);
  try {
    await page.goto(baseURL);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const result = await page.evaluate(
      ([text, runs]) => (window as unknown as { hrbaReportBench: { run: (t: string, r: number) => Promise<ReportBenchResult> } }).hrbaReportBench.run(text, runs),
      [file.text, REPORT_RUNS] as const,
    );
    return { ...result, problems };
  } finally {
    await context.close();
  }
}
