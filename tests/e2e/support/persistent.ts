import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium';

/**
 * A Chromium with a real profile on disk, so a test can kill the browser, start
 * it again on the same profile and see what the disk kept, as after a crash.
 */
export interface PersistentBrowser {
  dir: string;
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen in any page of this launch. */
  problems: string[];
  /** Every URL asked for. */
  requests: string[];
}

export function profileDir(): string {
  return mkdtempSync(join(tmpdir(), 'hrba-profile-'));
}

export async function launchPersistent(dir: string): Promise<PersistentBrowser> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(90_000); // a busy CI machine, not a slow app
  const problems: string[] = [];
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return { dir, context, page, problems, requests };
}

/** The browser process of a profile (not a renderer or helper: those carry --type=). */
export function browserPid(dir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for profile ${dir}`);
}

/** SIGKILL, as a crash or a power cut would: no unload handler, no flush, no clean shutdown. */
export async function killBrowser(b: PersistentBrowser, pid: number = browserPid(b.dir)): Promise<void> {
  // Sent before anything is awaited: with a `pid` found beforehand, the kill leaves at once.
  process.kill(pid, 'SIGKILL');
  // Wait until the process is gone (and its profile lock with it).
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await b.context.close().catch(() => undefined);
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
