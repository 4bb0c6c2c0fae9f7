import { resolve } from 'node:path';
import { preview } from 'vite';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface StaticServer {
  baseURL: string;
  close: () => Promise<void>;
}

/**
 * A server of its own for tests that must take the network away (close it) or
 * publish a new version (serve a copy of dist/ they then change), on a free
 * loopback port and so a separate origin: its service worker and storage are its own.
 * Same configuration as `npm start`, CSP header included.
 */
export async function serveBuild(outDir = 'dist'): Promise<StaticServer> {
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no TCP address');
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Waits until the service worker has installed (its precache is complete), activated and serves this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 90_000 });
}
