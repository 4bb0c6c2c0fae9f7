import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { newSession } from './browser';
import { importFile, openAssessment, openHome } from './app';
import type { BenchFile } from './fixtures';

/**
 * PDF export of the fully answered starter checklist: imported through the UI,
 * opened, then "Export PDF" clicked EXPORTS times. The durations are the app's
 * own `hrba:pdf-export` measures (report model + layout + PDF bytes; the first
 * one also includes lazy-loading jsPDF and the report code).
 */
export const EXPORTS = 5;

export interface PdfExportResult {
  durations: number[];
  lastPdfBytes: number;
  pages: number | null;
  /** Distinct checklist item ids in the last PDF's text (poppler's pdftotext), or null without pdftotext. */
  itemIdsInText: number | null;
  problems: string[];
}

export async function measurePdfExport(browser: Browser, baseURL: string, file: BenchFile): Promise<PdfExportResult> {
  const { context, page, problems } = await newSession(browser);
  try {
    await openHome(page, baseURL);
    await importFile(page, file);
    await openAssessment(page, file.productName);

    // The exports sit in one menu; it stays open between exports.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const button = page.getByRole('button', { name: 'Export PDF', exact: true });
    const failure = page.getByRole('alert').filter({ hasText: 'PDF export failed' });
    let lastPdf: Buffer = Buffer.alloc(0);
    let lastPath = '';
    for (let i = 0; i < EXPORTS; i++) {
      await button.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }).catch(async (e: Error) => {
          const why = (await failure.count()) ? await failure.first().innerText() : e.message;
          throw new Error(`export ${i + 1} produced no download: ${why}`);
        }),
        button.click(),
      ]);
      lastPath = await download.path();
      lastPdf = await readFile(lastPath);
      // The button reads "Preparing PDF…" while busy and returns to "Export PDF" when done.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('button')].some((b) => b.textContent === 'Export PDF' && !b.disabled),
      );
      if (lastPdf.length === 0) throw new Error(`export ${i + 1} downloaded an empty file`);
    }
    if (lastPdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the last download is not a PDF');

    const durations = await page.evaluate(() => performance.getEntriesByName('hrba:pdf-export').map((e) => e.duration));
    if (durations.length !== EXPORTS) {
      throw new Error(`expected ${EXPORTS} hrba:pdf-export measures, found ${durations.length} (did src/ui/common/exports.ts change?)`);
    }
    const pages = lastPdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? null;
    return { durations, lastPdfBytes: lastPdf.length, pages, itemIdsInText: itemIdsIn(lastPath), problems };
  } finally {
    await context.close();
  }
}

/** A cross-check that the export really carries every answered item, not just a cover page. */
function itemIdsIn(pdfPath: string): number | null {
  if (!existsSync('/usr/bin/pdftotext')) return null;
  const r = spawnSync('/usr/bin/pdftotext', [pdfPath, '-'], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) return null;
  return new Set(r.stdout.match(/\b[A-Z]{2,5}-\d{2,3}\b/g) ?? []).size;
}
