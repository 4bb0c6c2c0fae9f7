import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export { CHROMIUM_PATH, launchChromium } from '../../../scripts/chromium';
import { launchChromium } from '../../../scripts/chromium';

export interface AppSession {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Every URL the page asked for, including blocked and failed ones. */
  requests: string[];
  /** Console errors, page errors and CSP violations: a test fails if any appear. */
  problems: string[];
}

/** Opens the app (by default the build the global setup serves) in a fresh context, watching for problems. */
export async function openApp(browser: Browser, baseURL: string = inject('baseURL')): Promise<AppSession> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  // Playwright's 30 s default is too short for a busy 2-core CI machine; tests never assert speed.
  context.setDefaultTimeout(90_000);
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(baseURL);
  return { context, page, baseURL, requests, problems };
}

/** Requests that left the app's own origin: must always be empty. */
export function foreignRequests(session: AppSession): string[] {
  const origin = new URL(session.baseURL).origin;
  return session.requests.filter((url) => {
    if (url.startsWith('blob:') || url.startsWith('data:')) return false;
    return new URL(url).origin !== origin;
  });
}

/**
 * Registers the hooks every end-to-end file needs: one Chromium per file, a fresh
 * context per session, and after each test the two guarantees of the product —
 * no request left the app's own origin, and no error or CSP violation occurred.
 */
export function useAppSessions(): { open: (url?: string) => Promise<AppSession> } {
  let browser: Browser | undefined;
  let sessions: AppSession[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const done = sessions;
    sessions = [];
    for (const s of done) {
      expect(foreignRequests(s)).toEqual([]);
      expect(s.problems).toEqual([]);
      await s.context.close();
    }
  });
  return {
    open: async (url?: string) => {
      if (!browser) throw new Error('the browser is not started yet');
      const s = await openApp(browser, url);
      sessions.push(s);
      return s;
    },
  };
}
