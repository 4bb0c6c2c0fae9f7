import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';

export interface TextItem {
  str: string;
  /** Baseline start, in PDF points from the bottom-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** The page's text in content order, a line break wherever the reader sees one. */
  text: string;
  /** The same without the footer and the draft line (the runs in the bottom and top margins). */
  body: string;
  /** Every non-blank run, in content order. */
  items: TextItem[];
}

/** Body text ends 20 mm above the bottom edge; the footer sits at 10 mm. Runs below 16 mm (45 pt) are footer. */
export const FOOTER_TOP_PT = 45;
/** Body text starts 18 mm below the top edge (A4: 842 pt); a draft's header line sits at 12 mm. Runs above 16 mm from the top are header. */
export const HEADER_BOTTOM_PT = 842 - 16 * (72 / 25.4);

/** Reads a PDF back as a reader would (pdf.js through unpdf): text and position of every run, page by page. */
export async function readPdf(bytes: ArrayBuffer): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const runs = content.items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i);
    const join = (rs: typeof runs) => rs.map((r) => r.str + (r.hasEOL ? '\n' : '')).join('');
    pages.push({
      text: join(runs),
      body: join(runs.filter((r) => (r.transform[5] as number) > FOOTER_TOP_PT && (r.transform[5] as number) < HEADER_BOTTOM_PT)),
      items: runs
        .filter((r) => r.str.trim() !== '')
        .map((r) => ({ str: r.str, x: r.transform[4] as number, y: r.transform[5] as number, width: r.width, height: r.height })),
    });
  }
  await pdf.destroy();
  return pages;
}

export const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The PDF's text as poppler's `pdftotext` gives it (with `args`, e.g. `-bbox`), a reader nobody here wrote. */
export function popplerText(bytes: ArrayBuffer, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-poppler-')), 'report.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const r = spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** A word as poppler's `pdftotext -bbox` finds it: its box in points from the top-left corner (`y`: its top). */
export interface PopplerWord {
  text: string;
  xMin: number;
  xMax: number;
  y: number;
}

const decodeEntities = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every word poppler finds, page by page, with its box (`pdftotext -bbox`; `-bbox-layout` gives the same words grouped). */
export function popplerWords(bytes: ArrayBuffer, mode: '-bbox' | '-bbox-layout' = '-bbox'): PopplerWord[][] {
  return popplerText(bytes, [mode])
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        y: Number(m[2]),
        xMax: Number(m[3]),
        text: decodeEntities(m[4]!),
      })),
    );
}
