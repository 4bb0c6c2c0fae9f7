/**
 * Page-break rules, read back page by page with poppler's pdftotext (-f n -l n):
 * no paragraph leaves one line alone at the foot or the top of a page (orphans
 * and widows), a heading never ends a page, a table never leaves one row alone
 * on a page, and the assessment hash is never alone on the last page. Run over
 * many paragraph, table and annex lengths, so every place a break can fall is hit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { HASH_LABEL } from '../../../src/report/common';
import { ENGLISH_WORDS } from '../../../src/report/reportWords';
import { readReportFonts } from '../../../src/report/fontsNode';
import { embedFonts, pdfBytes } from '../../../src/report/pdf/embed';
import { Layout } from '../../../src/report/pdf/layout';
import { drawAnnex } from '../../../src/report/pdf/records';
import { drawTable } from '../../../src/report/pdf/table';
import { syntheticReport } from './fixtures';

const fonts = readReportFonts();

/** The text of each page (footer and header are not drawn by these layouts), one entry per non-empty line. */
function pages(doc: jsPDF): string[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-breaks-')), 'p.pdf');
  writeFileSync(file, new Uint8Array(pdfBytes(doc)));
  const out: string[][] = [];
  for (let n = 1; n <= doc.getNumberOfPages(); n++) {
    const r = spawnSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
    out.push(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
  }
  return out;
}

/** A deterministic sequence of small numbers, so the blocks fall at every height on the page. */
const lengths = (n: number, max: number) => Array.from({ length: n }, (_, i) => 1 + ((i * 7 + (i * i) % 5) % max));

/** Words that name their paragraph ("p12w3"), so each printed line can be traced to it. */
const words = (id: string, count: number) => Array.from({ length: count }, (_, w) => `${id}w${w}`).join(' ');

function newLayout(): Layout {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  return new Layout(doc, embedFonts(doc, fonts));
}

describe('paragraphs, fields and headings over many lengths', () => {
  let printed: string[][];
  const lineCount = new Map<string, number>();

  beforeAll(() => {
    const layout = newLayout();
    lengths(260, 9).forEach((size, i) => {
      const id = `p${i}`;
      // About 14 words a line at this width: `size` lines each.
      const text = words(id, size * 14 - 3);
      if (i % 11 === 5) layout.heading(`H${i} heading`, i % 2 ? 2 : 3);
      if (i % 3 === 0) layout.field(`Label ${id}`, text, { indent: 4 });
      else layout.paragraph(i % 4 === 1 ? `${text}\n\n${words(`${id}b`, 20)}` : text);
    });
    printed = pages(layout.doc);
    for (const page of printed) for (const line of page) for (const id of new Set(line.match(/\bp\d+b?(?=w)/g) ?? [])) lineCount.set(id, (lineCount.get(id) ?? 0) + 1);
  });

  it('fills many pages', () => {
    expect(printed.length).toBeGreaterThan(20);
  });

  it('never leaves one line of a paragraph alone on a page', () => {
    const alone: string[] = [];
    printed.forEach((page, n) => {
      const here = new Map<string, number>();
      for (const line of page) for (const id of new Set(line.match(/\bp\d+b?(?=w)/g) ?? [])) here.set(id, (here.get(id) ?? 0) + 1);
      for (const [id, count] of here) if (count === 1 && lineCount.get(id)! > 1) alone.push(`${id} on page ${n + 1}`);
    });
    expect(alone).toEqual([]);
  });

  it('never ends a page with a heading', () => {
    const last = printed.map((page) => page.at(-1)!);
    expect(last.filter((line) => /^H\d+ heading$/.test(line))).toEqual([]);
  });
});

describe('tables of many lengths', () => {
  it('never leave one row alone on a page, at the foot or the top', () => {
    const layout = newLayout();
    const counts = lengths(60, 7).map((n) => n + 1);
    counts.forEach((rows, t) => {
      layout.paragraph(words(`f${t}`, (t % 5) * 9 + 3));
      drawTable(
        layout,
        [
          { header: 'Row', width: 2 },
          { header: 'Text', width: 8 },
        ],
        Array.from({ length: rows }, (_, r) => [`t${t}r${r}`, words(`t${t}r${r}x`, 3 + ((t + r) % 4) * 12)]),
      );
    });
    const alone: string[] = [];
    pages(layout.doc).forEach((page, n) => {
      const rowsHere = new Map<string, Set<string>>();
      for (const line of page) {
        const m = /^(t\d+)r(\d+)\b/.exec(line);
        if (m) rowsHere.set(m[1]!, (rowsHere.get(m[1]!) ?? new Set()).add(m[2]!));
      }
      for (const [table, rows] of rowsHere) if (rows.size === 1 && counts[Number(table.slice(1))]! > 1) alone.push(`${table} row ${[...rows][0]} alone on page ${n + 1}`);
    });
    expect(alone).toEqual([]);
  });
});

describe('headings before tables, fields and lists', () => {
  it('never end a page: the heading moves to the next page with the start of its block', () => {
    const layout = newLayout();
    const blocks = lengths(90, 9);
    blocks.forEach((n, t) => {
      // Text of every length before the heading, so it falls at every height on the page.
      layout.paragraph(words(`q${t}`, ((t * 5) % 11) * 7 + 2));
      layout.heading(`H${t} heading`, ((t % 3) + 1) as 1 | 2 | 3);
      if (t % 3 === 0) {
        // Rows taller than the heading's default room, so keeping a fixed height is not enough.
        drawTable(
          layout,
          [
            { header: 'Row', width: 2 },
            { header: 'Text', width: 8 },
          ],
          Array.from({ length: 1 + (n % 4) }, (_, r) => [`t${t}r${r}`, words(`t${t}r${r}x`, 10 + n * 12)]),
        );
      } else if (t % 3 === 1) layout.field(`Label f${t}`, words(`f${t}`, n * 14));
      else layout.bullets([words(`b${t}`, n * 14), words(`c${t}`, 12)]);
    });
    const printed = pages(layout.doc);
    expect(printed.length).toBeGreaterThan(15);
    const ending = printed.map((page, n) => `${page.at(-1)} (page ${n + 1})`).filter((line) => /^H\d+ heading/.test(line));
    expect(ending).toEqual([]);
    // Every heading is printed once, none lost.
    expect(printed.flat().filter((l) => /^H\d+ heading$/.test(l))).toHaveLength(blocks.length);
  }, 120_000);
});

describe('the sources annex and the hash', () => {
  let report: FullReport;
  beforeAll(async () => {
    report = await syntheticReport();
  }, 60_000);

  it('never puts the hash alone on the last page, whatever the length of the annex', () => {
    // Good-practice notes of varied length after the sources move the hash through every height on the page.
    // Every variant is one annex in the same document (each starts on a new page), read back in one go.
    const practice = lengths(40, 6).map((n, i) => ({ itemId: `G${i}`, question: words(`g${i}q`, 8 + n * 3), note: words(`g${i}n`, n * 14) }));
    const layout = newLayout();
    const variants: string[] = [];
    for (const sources of [1, 4, report.sources.length]) {
      for (let notes = 0; notes <= practice.length; notes += 1) {
        drawAnnex(layout, { ...report, sources: report.sources.slice(0, sources), goodPractice: practice.slice(0, notes) }, ENGLISH_WORDS);
        variants.push(`${sources} sources, ${notes} good-practice notes`);
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'hrba-breaks-')), 'p.pdf');
    writeFileSync(file, new Uint8Array(pdfBytes(layout.doc)));
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const withHash = text.split('\f').map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean)).filter((lines) => lines.some((l) => l.startsWith(HASH_LABEL)));
    expect(withHash).toHaveLength(variants.length);
    // The page the hash is on holds something of the annex above it.
    const lonely = variants.filter((_, i) => withHash[i]![0]!.startsWith(HASH_LABEL));
    expect(lonely).toEqual([]);
  }, 120_000);
});
