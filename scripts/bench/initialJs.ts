import { gzipSync, constants } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { newSession } from './browser';

/**
 * Initial JavaScript: every script the home page loads until "Your assessments" is
 * visible and the network is idle, each gzipped at level 9 and summed. Then the
 * extra JavaScript that opening an assessment pulls in (the lazy wizard chunk and
 * the checklist content), reported for information.
 */

export interface ScriptFile {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface InitialJsResult {
  initial: ScriptFile[];
  onOpen: ScriptFile[];
  problems: string[];
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;

function isScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  const path = new URL(response.url()).pathname;
  return response.request().resourceType() === 'script' || /javascript|ecmascript/.test(type) || /\.m?js$/.test(path);
}

/**
 * Resolves once no request has been in flight for `quietMs`. Playwright's own
 * 'networkidle' fires once per navigation, so it says nothing about the lazy
 * chunks a client-side route change loads; this watches every request instead.
 */
export function networkWatcher(page: Page) {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const done = (r: unknown) => {
    inFlight.delete(r);
    lastChange = Date.now();
  };
  page.on('request', (r) => {
    inFlight.add(r);
    lastChange = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet(quietMs = 500, timeoutMs = 20_000): Promise<void> {
      const startedAt = Date.now();
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() - startedAt > timeoutMs) throw new Error(`the network did not go quiet within ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Collects scripts as they arrive; `take()` returns those seen since the last call. */
export function scriptRecorder(page: Page, baseURL: string) {
  const pending = new Map<string, Promise<ScriptFile>>();
  const seen = new Set<string>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http') || !isScript(response) || seen.has(url)) return;
    seen.add(url);
    const path = url.startsWith(baseURL) ? url.slice(baseURL.length - 1) : url;
    pending.set(
      url,
      response.body().then((body) => {
        if (response.status() !== 200) throw new Error(`${path} answered HTTP ${response.status()}`);
        return { path, rawBytes: body.length, gzipBytes: gzipSize(body) };
      }),
    );
  });
  return {
    async take(): Promise<ScriptFile[]> {
      const batch = [...pending.values()];
      pending.clear();
      return Promise.all(batch);
    },
  };
}

export async function measureInitialJs(browser: Browser, baseURL: string): Promise<InitialJsResult> {
  const { context, page, problems } = await newSession(browser);
  try {
    const recorder = scriptRecorder(page, baseURL);
    const network = networkWatcher(page);
    await page.goto(baseURL, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Your assessments', level: 1 }).waitFor({ state: 'visible' });
    // The list comes from IndexedDB; the first screen is interactive once it has rendered and nothing is loading.
    await page.getByRole('link', { name: 'New assessment' }).waitFor({ state: 'visible' });
    await network.quiet();
    const initial = await recorder.take();
    if (initial.length === 0) throw new Error('no script was loaded for the home page');

    // An assessment is created by its first save: name it and continue, and the wizard opens at the profile.
    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByLabel('Product name (required)').fill('Bench initial JS');
    await page.getByRole('button', { name: 'Continue to the profile' }).click();
    await page.getByRole('navigation', { name: 'Assessment steps' }).waitFor({ state: 'visible' });
    await network.quiet();
    const onOpen = await recorder.take();
    return { initial, onOpen, problems };
  } finally {
    await context.close();
  }
}

export const sumGzip = (files: readonly ScriptFile[]) => files.reduce((n, f) => n + f.gzipBytes, 0);
export const sumRaw = (files: readonly ScriptFile[]) => files.reduce((n, f) => n + f.rawBytes, 0);
