import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { download } from './support/app';
import { flatten, pdfToText } from './support/pdf';

/**
 * A report exported from the app has its section headings in the language chosen in the
 * header: French and Arabic PDFs (read back by poppler's pdftotext, after Unicode
 * normalisation) and a French HTML report.
 */
const app = useAppSessions();
const EXAMPLE = join(process.cwd(), 'examples', 'kestrel-insight.hrba.json');
const EXAMPLE_ID = '6f1c2a8e-4b7d-4e2a-9c3f-1d5e8b7a9c01';

/** Opens the export menu (its name in the chosen language) and downloads one export. */
async function exportIn(page: Page, menu: string, choice: string): Promise<Buffer> {
  const toggle = page.getByRole('button', { name: menu, exact: true }).first();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const { bytes } = await download(page, () => page.getByRole('button', { name: choice, exact: true }).click());
  return bytes;
}

/** Joined Arabic letters folded back, poppler's direction marks dropped. */
const norm = (text: string) => flatten(text.normalize('NFKC').replace(/[\u202A-\u202E]/g, ''));

describe('reports in the chosen language', () => {
  it('exports the PDF and the HTML report with French headings, and the PDF with Arabic ones', async () => {
    const { page } = await app.open();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor();

    await page.getByLabel('Language').selectOption('fr');
    await page.goto(new URL(`#/a/${EXAMPLE_ID}`, page.url()).href);
    const pdf = norm(pdfToText(await exportIn(page, 'Exporter', 'Exporter en PDF')));
    expect(pdf).toContain('Synthèse');
    expect(pdf).toContain('Plan d’action');
    expect(pdf).not.toContain('Executive summary');
    expect(pdf).toContain('Kestrel Insight');
    const html = (await exportIn(page, 'Exporter', 'Exporter le rapport HTML')).toString('utf8');
    expect(html).toContain('>Synthèse</');
    expect(html).not.toContain('>Executive summary</');

    await page.getByLabel('Langue').selectOption('ar');
    await page.getByRole('button', { name: 'تصدير', exact: true }).first().waitFor();
    const arabic = norm(pdfToText(await exportIn(page, 'تصدير', 'تصدير بصيغة PDF')));
    expect(arabic).toContain('الملخص التنفيذي');
    expect(arabic).toContain('خطة العمل');
    expect(arabic).not.toContain('\uFFFD');
    expect(arabic).toContain('Kestrel Insight');
  });
});
