import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of a PDF as poppler's pdftotext reads it (layout kept), as any reader would see it. */
export function pdfToText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrba-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** Joins wrapped lines so a sentence split across lines can be found whole. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}
