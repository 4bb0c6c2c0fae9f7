import { NOTICE_HEADING } from '../../src/report/pdf/notice';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { useAppSessions } from './support/browser';
import { serveBuild, waitForServiceWorker } from './support/server';
import { answerCurrentItem, answerProfile, createAssessment, download, exportButton, submitProfile } from './support/app';
import { flatten, pdfToText } from './support/pdf';

/**
 * After one visit the app works with no network at all: the server is shut down
 * AND the browser is put offline, then the page is reloaded and used end to end,
 * down to a PDF read back with pdftotext. Without a service worker the reload fails.
 */
const app = useAppSessions();

const DIST = resolve(import.meta.dirname, '../../dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath, e.name)));
}

describe('offline after one visit', () => {
  it('precaches every file the build emitted (a chunk left out would fail to load offline)', () => {
    const precached = new Set([...readFileSync(join(DIST, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!));
    // The worker itself and its Workbox runtime are kept by the browser with the registration;
    // _headers is the static host's configuration, never fetched by the page.
    const missing = filesUnder(DIST).filter((f) => !precached.has(f) && !/^(sw|workbox-[\w-]+)\.js$/.test(f) && f !== '_headers');
    expect(missing).toEqual([]);
  });

  it('is installable: Chromium reads the manifest without errors and finds nothing missing to install it', async () => {
    // Not in the shared incognito-like contexts, where Chromium refuses any install ("in-incognito")
    // before it checks the app: a real profile, as a person's browser has.
    const profile = mkdtempSync(join(tmpdir(), 'hrba-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(inject('baseURL'));
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'HRBA@Tech due diligence', display: 'standalone' });
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reloads, creates an assessment, saves an answer and exports a PDF with the server gone and the browser offline', async () => {
    const server = await serveBuild();
    let closed = false;
    try {
      const session = await app.open(server.baseURL);
      const { page, context } = session;
      await page.getByRole('heading', { name: 'Your assessments', level: 1 }).waitFor();
      await waitForServiceWorker(page);
      await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor();

      await server.close();
      closed = true;
      await context.setOffline(true);
      const requestsBefore = session.requests.length;

      await page.reload();
      await page.getByRole('heading', { name: 'Your assessments', level: 1 }).waitFor();
      // Chinese, Devanagari and an emoji need the fallback fonts, which must come from the precache.
      await createAssessment(page, 'Offline Kestrel 王小明', 'No Network प्रिया 🚀');
      await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
      await submitProfile(page);
      const note = 'Answered with no network: the purpose statement is in annex B.';
      const itemId = await answerCurrentItem(page, 'partial', note);

      const { bytes } = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
      const text = flatten(pdfToText(bytes));
      expect(text).toContain('Offline Kestrel 王小明');
      expect(text).toContain('Organisation: No Network प्रिया 🚀');
      expect(text).not.toContain('\uFFFD');
      // HarfBuzz (WebAssembly, precached) shaped the Devanagari: no notice of unjoined letters, nor any other.
      expect(text).not.toContain(NOTICE_HEADING);
      expect(text).toContain(itemId);
      expect(text).toContain(note);

      // The reload really went through the page's requests (all answered by the service worker).
      expect(session.requests.length).toBeGreaterThan(requestsBefore);
    } finally {
      if (!closed) await server.close();
    }
  });
});
