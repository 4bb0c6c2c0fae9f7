/**
 * Devanagari in the PDF is shaped (conjuncts formed, the vowel sign ि drawn before
 * its consonant), and its text is still what was typed. Two readers nobody here
 * wrote: poppler's pdftotext, which follows the /ActualText of each shaped run and
 * must find the names; and pdf.js (through unpdf), which reads the glyphs actually
 * drawn through the font's ToUnicode map: it sees no virama left standing, which
 * only shaping produces (unshaped,
 * it reads the code points back in typed order, viramas and all).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { loadReportFontsFor, readReportFonts } from '../../../src/report/fontsNode';
import { NOTICE_HEADING } from '../../../src/report/pdf/notice';
import { embedFonts } from '../../../src/report/pdf/embed';
import { readPdf } from './pdfText';
import { syntheticReport } from './fixtures';

const PRIYA = 'प्रिया शर्मा';
const KSHATRIYA = 'क्षत्रिय';
const VIRAMA = '\u094D';

function pdfToText(bytes: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-shaping-')), 'report.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

const norm = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

let report: FullReport;
let shaped: ArrayBuffer;
let unshaped: ArrayBuffer;

beforeAll(async () => {
  report = await syntheticReport({ productName: `Kestrel ${KSHATRIYA}` });
  report.meta.assessor = PRIYA;
  report.meta.organisation = `${KSHATRIYA} Health`;
  shaped = renderFullReportPdf(report, await loadReportFontsFor(report));
  unshaped = renderFullReportPdf(report, readReportFonts());
}, 120_000);

/** The cover's text as pdf.js reads it: one character per glyph drawn, from the font's ToUnicode map (no /ActualText). */
async function coverGlyphs(bytes: ArrayBuffer): Promise<string> {
  return (await readPdf(bytes))[0]!.text;
}

describe('Devanagari shaped with HarfBuzz', () => {
  it('keeps the text: pdftotext finds every name, with no replacement character and no "unjoined" notice', () => {
    const text = pdfToText(shaped);
    expect(norm(text)).toContain(`Assessor: ${PRIYA}`);
    expect(norm(text)).toContain(`Organisation: ${KSHATRIYA} Health`);
    expect(norm(text)).toContain(`Kestrel ${KSHATRIYA}`);
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toContain(NOTICE_HEADING);
  });

  it('draws shaped glyphs: conjuncts and reph forms instead of the typed letters and their viramas', async () => {
    const line = (await coverGlyphs(shaped)).split('\n').find((l) => l.startsWith('Assessor'))!;
    expect(line).toBeDefined();
    // Unshaped, every virama would be drawn (and read back); shaped, each one is inside a conjunct or reph glyph.
    expect(line).not.toContain(VIRAMA);
    expect(norm(line)).not.toContain(PRIYA);
  });

  it('shapes a conjunct word into fewer glyphs than it has characters', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    const fonts = await loadReportFontsFor(KSHATRIYA);
    const chain = embedFonts(doc, fonts, KSHATRIYA);
    const [run] = chain.runs(KSHATRIYA, 'normal');
    const glyphs = chain.shape(run!)!;
    const drawn = glyphs.pieces.map((p) => p.text).join('');
    // क्ष and त्र are one glyph each, ि a form chosen for its place: 4 glyphs for 8 characters.
    expect([...drawn]).toHaveLength(4);
    expect(drawn).not.toContain(VIRAMA);
    expect(drawn.at(-1)).toBe('य');
    expect(glyphs.width).toBeGreaterThan(0);
  });

  it('unshaped (no shaper loaded), the same report reads back in typed order with its viramas, and says so', async () => {
    const line = (await coverGlyphs(unshaped)).split('\n').find((l) => l.startsWith('Assessor'))!;
    expect(norm(line)).toContain(PRIYA);
    expect(pdfToText(unshaped)).toContain(NOTICE_HEADING);
  });
});
