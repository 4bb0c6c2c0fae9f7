/**
 * No character is ever dropped from the PDF: names in eight scripts and an
 * emoji, entered where the report prints them (cover, notes, action owners and
 * descriptions), are all found by poppler's pdftotext — a reader nobody here
 * wrote — after Unicode normalisation, with no U+FFFD anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { NOTICE_HEADING } from '../../../src/report/pdf/notice';
import { syntheticReport } from './fixtures';

export const NAMES = {
  polish: 'Zażółć Łódź',
  greek: 'Αθηνά Παπαδοπούλου',
  russian: 'Наталья Смирнова',
  arabic: 'محمد العلي',
  hebrew: 'נועה כהן',
  chinese: '王小明',
  hindi: 'प्रिया शर्मा',
  emoji: 'Rocket 🚀 team ❤️',
} as const;

function pdfToText(bytes: ArrayBuffer, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-scripts-')), 'report.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const r = spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** Compatibility forms (Arabic presentation forms) folded, so "what was typed" and "what was printed" compare. */
const norm = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

let text: string;
let bytes: ArrayBuffer;

beforeAll(async () => {
  const report = await syntheticReport({
    productName: `Kestrel ${NAMES.polish}`,
    actions: 8,
    extra: (_a, apply) => {
      Object.entries(NAMES).forEach(([script, name], n) =>
        apply({ type: 'action.set', action: { id: `S-${n}`, description: `Ask ${name} to review (${script})`, owner: name, dueDate: '2027-01-15', status: 'planned' } }),
      );
    },
  });
  report.meta.assessor = NAMES.chinese;
  bytes = renderFullReportPdf(report, readReportFonts());
  text = pdfToText(bytes);
}, 120_000);

describe('a report with names in eight scripts and emoji', () => {
  it.each(Object.entries(NAMES))('prints the %s name so pdftotext finds it', (_script, name) => {
    // Right-to-left names come out of pdftotext in visual or logical order depending on poppler's bidi guess; accept either.
    const found = norm(text);
    const visual = [...name].reverse().join('');
    expect(found.includes(norm(name)) || found.includes(norm(visual))).toBe(true);
  });

  it('has no replacement character anywhere', () => {
    expect(text).not.toContain('\uFFFD');
  });

  it('prints the Chinese assessor on the cover, not a blank', () => {
    const cover = norm(pdfToText(bytes, ['-f', '1', '-l', '1']));
    expect(cover).toContain(`Assessor: ${NAMES.chinese}`);
  });

  it('says on the cover and in a notice where Devanagari prints unjoined, pointing to the HTML report', () => {
    expect(norm(pdfToText(bytes, ['-f', '1', '-l', '1']))).toContain('Some characters could not be printed exactly as entered');
    const notice = norm(text.slice(text.indexOf(NOTICE_HEADING)));
    expect(notice).toContain('HTML report');
    expect(notice).toMatch(/Action plan, column “Owner”: letters shown unjoined/);
  });
});

describe('a script no embedded font has (Tamil)', () => {
  const tamil = 'தமிழ்செல்வி';
  let tamilText: string;
  let cover: string;

  beforeAll(async () => {
    const report = await syntheticReport({ productName: 'Kestrel' });
    report.meta.assessor = tamil;
    const pdf = renderFullReportPdf(report, readReportFonts());
    tamilText = norm(pdfToText(pdf));
    cover = norm(pdfToText(pdf, ['-f', '1', '-l', '1']));
  }, 120_000);

  it('is never blank: it prints as boxes whose copied text is the name, and the notice names the field', () => {
    expect(tamilText).toContain(`Assessor: ${tamil}`);
    expect(cover).toContain('Some characters could not be printed exactly as entered');
    expect(tamilText).toMatch(/Assessor: shown as □ \(no font for U\+0BA4/);
  });

  it('prints no notice when every character prints', async () => {
    const pdf = renderFullReportPdf(await syntheticReport({ productName: 'Kestrel Łódź' }), readReportFonts());
    expect(pdfToText(pdf)).not.toContain(NOTICE_HEADING);
  });
});
