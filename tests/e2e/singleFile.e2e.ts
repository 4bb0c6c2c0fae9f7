import { NOTICE_HEADING } from '../../src/report/pdf/notice';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, download, exportButton, submitProfile } from './support/app';
import { flatten, pdfToText } from './support/pdf';

/**
 * `npm run build:single` (run by `npm run test:e2e` before this file): one HTML
 * file, opened from file:// as a person would from a USB stick, with nothing
 * else next to it. Its CSP allows inline code only by hash; the browser enforces
 * it, so a wrong hash would stop the app from starting and report a violation.
 */
const DIR = resolve(import.meta.dirname, '../../dist-single');
const FILE = join(DIR, 'hrba-tech.html');
const app = useAppSessions();

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('no CSP meta tag');
  return new Map(meta[1]!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('the single-file build', () => {
  it('is one HTML file whose CSP allows its inline script and style by SHA-256, never unsafe-inline', () => {
    expect(existsSync(FILE), 'run `npm run build:single` first').toBe(true);
    expect(readdirSync(DIR)).toEqual(['hrba-tech.html']);
    const html = readFileSync(FILE, 'utf8');
    const policy = policyOf(html);
    const sources = [...policy.values()].flat();
    // 'wasm-unsafe-eval' (HarfBuzz's WebAssembly, for the PDF's Devanagari) allows no eval() of script.
    expect(sources.filter((s) => /unsafe-(inline|eval|hashes)/.test(s) && s !== "'wasm-unsafe-eval'")).toEqual([]);
    // Nothing is loaded from a file or address: no script src, stylesheet link, or module preload.
    expect(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload|manifest)"/.test(html)).toBe(false);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    // The import worker is the page's own script from a Blob URL; no string may become script (Trusted Types).
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(['default']);
    // The inline code as an HTML parser sees it (jsdom, scripts not run), hashed here on its own.
    const { document } = new JSDOM(html).window;
    const hash = (el: Element) => `'sha256-${createHash('sha256').update(el.textContent ?? '').digest('base64')}'`;
    const scripts = [...document.querySelectorAll('script')];
    const styles = [...document.querySelectorAll('style')];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy.get('script-src')).toEqual([...scripts.map(hash), "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(styles.map(hash));
  });

  it('runs from file://: creates an assessment, keeps it across a reload, exports a PDF and a JSON file, imports it back', async () => {
    const url = pathToFileURL(FILE).href;
    const session = await app.open(url);
    const { page } = session;
    await page.getByRole('heading', { name: 'Your assessments', level: 1 }).waitFor();

    await createAssessment(page, 'USB Stick Kestrel', 'Air-gapped क्षत्रिय Ltd');
    await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
    await submitProfile(page);
    const note = 'Carried on a USB stick; the purpose statement is in annex B.';
    const itemId = await answerCurrentItem(page, 'partial', note);

    await page.reload();
    const form = page.getByRole('article');
    await expect.poll(() => form.getByLabel('Notes').inputValue()).toBe(note);
    expect(await form.getByRole('group', { name: 'Your answer' }).getByLabel('Partly', { exact: true }).isChecked()).toBe(true);

    const pdf = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
    const text = flatten(pdfToText(pdf.bytes));
    expect(text).toContain('USB Stick Kestrel');
    // Devanagari shaped by HarfBuzz, inlined with the page and compiled under its hashed CSP: no notice of unjoined letters.
    expect(text.normalize('NFC')).toContain('Air-gapped क्षत्रिय Ltd');
    expect(text).not.toContain(NOTICE_HEADING);
    expect(text).toContain(itemId);
    expect(text).toContain(note);

    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
    const json = await download(page, () => page.getByRole('button', { name: 'Export JSON of USB Stick Kestrel' }).click());
    const exported = JSON.parse(json.bytes.toString('utf8'));
    expect(exported.assessment.subject.productName).toBe('USB Stick Kestrel');
    expect(exported.assessment.answers[itemId].notes).toBe(note);

    await page.getByRole('button', { name: 'Delete USB Stick Kestrel' }).click();
    await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: /Check a technology against human rights/ }).waitFor();
    const file = join(mkdtempSync(join(tmpdir(), 'hrba-single-')), 'usb.hrba.json');
    writeFileSync(file, json.bytes);
    await page.getByLabel('Import a .hrba.json file').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Imported "USB Stick Kestrel".' }).waitFor();
    const again = await download(page, () => page.getByRole('button', { name: 'Export JSON of USB Stick Kestrel' }).click());
    expect(JSON.parse(again.bytes.toString('utf8')).assessment).toEqual(exported.assessment);

    // It asked for nothing but itself: no other file, no address, only data: and blob: URLs it made.
    expect(session.requests.filter((r) => r !== url && !r.startsWith(`${url}#`) && !/^(data|blob):/.test(r))).toEqual([]);
  });
});
