import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../src/domain/report/fullReport';
import { renderFullReportHtml } from '../../src/report/html';
import { renderFullReportPdf } from '../../src/report/fullPdf';
import { readReportFonts } from '../../src/report/fontsNode';
import { exampleReport } from '../unit/report/fixtures';
import { parse } from '@formatjs/icu-messageformat-parser';
import { useAppSessions } from './support/browser';

/**
 * The HTML report as a reader opens the saved file, in real Chromium: on a 390 px
 * phone nothing scrolls sideways and ordinary words are not broken mid-word; a
 * right-to-left name inside a sentence does not move the sentence's numbers; in Arabic it runs right to left; and
 * printed (Chromium's own PDF, counted by poppler's pdfinfo) it takes about as many
 * pages as the PDF report.
 */
const app = useAppSessions();
let report: FullReport;

beforeAll(async () => {
  report = await exampleReport();
}, 120_000);

const pagesOf = (bytes: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-html-print-')), 'r.pdf');
  writeFileSync(file, bytes);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
};

describe('the HTML report', () => {
  it('on a 390 px phone: no sideways scroll (not even inside a table), no word broken mid-word', async () => {
    const { context } = await app.open();
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setContent(renderFullReportHtml(report));
    const result = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        // Column headers hidden from view (clipped to nothing, kept for screen readers) are not seen, so cannot widen the page.
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.cards thead'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}: ${Math.round(el.getBoundingClientRect().right)} px`);
      // Every ordinary word (letters only, up to 14 of them) outside code must sit on one line.
      const broken: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && broken.length < 5; node = walker.nextNode()) {
        if (node.parentElement?.closest('code, svg')) continue;
        for (const m of (node.textContent ?? '').matchAll(/\p{L}{3,14}/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
      return { extra: document.documentElement.scrollWidth - width, wide, broken };
    });
    expect(result).toEqual({ extra: 0, wide: [], broken: [] });
  });

  it('on a 390 px phone each table row is a card with every cell labelled by its column; printed, the tables stay tables', async () => {
    const { context } = await app.open();
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setContent(renderFullReportHtml(report));
    const cards = () =>
      page.evaluate(() => {
        const tables = [...document.querySelectorAll('main table')];
        const cells = [...document.querySelectorAll<HTMLElement>('main tbody td')].filter((td) => td.textContent!.trim() !== '');
        const columnOf = (td: HTMLElement) => {
          const table = td.closest('table')!;
          return table.querySelectorAll('thead th')[[...td.parentElement!.children].indexOf(td)]!.textContent!.trim();
        };
        return {
          tables: tables.length,
          rowsAsBlocks: [...document.querySelectorAll('main tbody tr')].every((tr) => getComputedStyle(tr).display === 'block'),
          // What a reader sees before each cell's value: the name of its column.
          unlabelled: cells.filter((td) => getComputedStyle(td, '::before').content !== `"${columnOf(td)}: "`).map((td) => td.textContent!.slice(0, 30)).slice(0, 5),
          cellDisplay: getComputedStyle(cells[0]!).display,
          headersVisible: [...document.querySelectorAll('main thead')].some((h) => h.getBoundingClientRect().height > 2),
        };
      });
    const phone = await cards();
    expect(phone.tables).toBeGreaterThan(5);
    expect(phone).toEqual({ tables: phone.tables, rowsAsBlocks: true, unlabelled: [], cellDisplay: 'block', headersVisible: false });
    await page.emulateMedia({ media: 'print' });
    const printed = await cards();
    expect(printed).toMatchObject({ rowsAsBlocks: false, cellDisplay: 'table-cell', headersVisible: true });
  });

  it('keeps a right-to-left product name in its place in the summary sentence', async () => {
    const { context } = await app.open();
    const page = await context.newPage();
    const name = 'שלום עולם (בדיקה) 2.0';
    await page.setContent(renderFullReportHtml({ ...report, meta: { ...report.meta, productName: name, organisation: '' } }));
    const order = await page.evaluate(() => {
      const p = [...document.querySelectorAll('#summary ~ p, section[aria-labelledby="summary"] p')].find((e) => e.textContent!.startsWith('This report covers'))!;
      const x = (needle: string) => {
        const at = p.textContent!.indexOf(needle);
        const range = document.createRange();
        // Find the text node and offset holding `needle`.
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (at < seen + len) {
            range.setStart(n, at - seen);
            range.setEnd(n, at - seen + needle.length);
            return range.getBoundingClientRect().left;
          }
          seen += len;
        }
        return -1;
      };
      return { covers: x('covers'), name: x('עולם'), count: x(' of ') };
    });
    // Left to right on screen: "covers", then the name, then "… of …" — the count did not jump in front of the name.
    expect(order.covers).toBeLessThan(order.name);
    expect(order.name).toBeLessThan(order.count);
  });

  it('in Arabic runs right to left: tables from the right, fields and lists on the right, no sideways scroll at 390 px', async () => {
    const { context } = await app.open();
    const page = await context.newPage();
    // The Arabic catalogue compiled as the app's build compiles it (scripts/build/catalogues.ts).
    const source = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/messages/ar.json'), 'utf8')) as Record<string, string>;
    const language = { locale: 'ar' as const, messages: Object.fromEntries(Object.entries(source).map(([id, message]) => [id, parse(message)])) };
    await page.setContent(renderFullReportHtml(report, { language }));
    const layout = () =>
      page.evaluate(() => {
        const table = [...document.querySelectorAll('main table')].find((t) => t.querySelectorAll('thead th').length >= 3)!;
        const heads = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
        const term = document.querySelector('dl.fields dt')!.getBoundingClientRect();
        const value = document.querySelector('dl.fields dd')!.getBoundingClientRect();
        return {
          lang: document.documentElement.lang,
          dir: getComputedStyle(document.body).direction,
          // The first column header stands right of the last; the first starts at the table's right edge.
          firstRightOfLast: heads[0]!.left > heads.at(-1)!.right - 1,
          firstAtRight: Math.abs(heads[0]!.right - table.getBoundingClientRect().right) < 2,
          headerAlign: getComputedStyle(table.querySelector('thead th:not(.num)')!).textAlign,
          // A field's label stands right of its value.
          termRightOfValue: term.left >= value.right - 1,
          extra: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
    const wide = await layout();
    expect(wide).toMatchObject({ lang: 'ar', dir: 'rtl', firstRightOfLast: true, firstAtRight: true, headerAlign: 'start', termRightOfValue: true, extra: 0 });
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await layout()).extra, 'sideways scroll at 390 px').toBe(0);
  });

  it('prints (Chromium, A4) in about as many pages as the PDF report', async () => {
    const { context } = await app.open();
    const page = await context.newPage();
    await page.setContent(renderFullReportHtml(report));
    const printed = pagesOf(await page.pdf({ format: 'A4', printBackground: true }));
    const pdf = pagesOf(new Uint8Array(renderFullReportPdf(report, readReportFonts())));
    console.info(`HTML report printed by Chromium: ${printed} pages; PDF report: ${pdf} pages`);
    expect(printed).toBeLessThanOrEqual(Math.ceil(pdf * 1.1));
    expect(printed).toBeGreaterThanOrEqual(Math.floor(pdf * 0.6));
  });
});
