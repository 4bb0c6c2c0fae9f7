import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Each printed line as the eye sees it, left to right: poppler's `pdftotext -bbox`
 * gives every word with its box and its glyphs in drawing order, with no bidi of
 * its own, so a right-to-left word reads backwards here exactly as it is drawn.
 * Pages are 1-based; lines are top to bottom.
 */
export function visualLines(bytes: ArrayBuffer | Uint8Array): string[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-bbox-')), 'report.pdf');
  writeFileSync(file, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext -bbox failed: ${r.stderr}`);
  return r.stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
        x: Number(m[1]),
        y: Math.round(Number(m[2])),
        text: decode(m[3]!),
      }));
      const rows = new Map<number, typeof words>();
      for (const w of words) {
        const key = [...rows.keys()].find((y) => Math.abs(y - w.y) <= 2) ?? w.y;
        rows.set(key, [...(rows.get(key) ?? []), w]);
      }
      return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.x - b.x).map((w) => w.text).join(' '));
    });
}
