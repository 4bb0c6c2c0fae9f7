import type { Browser } from 'playwright-core';
import { newSession } from './browser';
import { networkWatcher, scriptRecorder, type ScriptFile } from './initialJs';
import type { SigningRun } from './page/signing';

export const SIGNING_RUNS = 3;

/**
 * Signing and verifying in Chromium on the bench page: the example's full
 * report (PAdES) and package (JWS), SIGNING_RUNS times per key type, plus the
 * JavaScript the lazy `import()` of the crypto layer loads.
 */
export async function measureSigning(browser: Browser, baseURL: string, fileText: string): Promise<{ runs: SigningRun[]; lazyJs: ScriptFile[]; problems: string[] }> {
  const { context, page, problems } = await newSession(browser);
  try {
    const recorder = scriptRecorder(page, baseURL);
    const network = networkWatcher(page);
    await page.goto(baseURL);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await network.quiet();
    await recorder.take();
    type Bench = { hrbaSigningBench: { load: () => Promise<void>; run: (t: string, r: number) => Promise<SigningRun[]> } };
    await page.evaluate(() => (window as unknown as Bench).hrbaSigningBench.load());
    await network.quiet();
    const lazyJs = await recorder.take();
    const runs = await page.evaluate(
      ([text, n]) => (window as unknown as Bench).hrbaSigningBench.run(text, n),
      [fileText, SIGNING_RUNS] as const,
    );
    return { runs, lazyJs, problems };
  } finally {
    await context.close();
  }
}
