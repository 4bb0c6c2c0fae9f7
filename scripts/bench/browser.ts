import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export { CHROMIUM_PATH } from '../chromium';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

/** Every single browser step gives up after this long, so a broken page cannot hang the bench. */
export const STEP_TIMEOUT_MS = 30_000;

export interface Server {
  baseURL: string;
  close: () => Promise<void>;
}

/** `vite preview` of the freshly built dist/, on a free loopback port. */
export async function startPreview(root: string): Promise<Server> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first (`npm run bench` does this for you).');
  }
  const server: PreviewServer = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the preview server has no TCP address');
  }
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing (scripts/ensure-system-deps.mjs installs it).`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, reported with the figures (they do not fail a run by themselves). */
  problems: string[];
}

/** A fresh context per metric: empty IndexedDB, empty HTTP cache, nothing shared with other runs. */
export async function newSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  return { context, page, problems };
}

/** Time-boxes a whole metric, on top of the per-step timeouts. */
export async function withDeadline<T>(label: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
