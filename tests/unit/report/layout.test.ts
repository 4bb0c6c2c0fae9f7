import { beforeAll, describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { embedFonts } from '../../../src/report/pdf/embed';
import { TextMeasure } from '../../../src/report/pdf/measure';
import { syntheticReport } from './fixtures';
import { FOOTER_TOP_PT, flatten, readPdf, type PdfPage, type TextItem } from './pdfText';

const fonts = readReportFonts();
const MM = 72 / 25.4;
const NOTES_LENGTH = 6000;

let short: PdfPage[];
let long: PdfPage[];
let longReport: FullReport;

beforeAll(async () => {
  short = await readPdf(renderFullReportPdf(await syntheticReport(), fonts));
  longReport = await syntheticReport({ longNotes: { items: 6, length: NOTES_LENGTH }, actions: 50 });
  long = await readPdf(renderFullReportPdf(longReport, fonts));
}, 60_000);

const overlaps = (a: TextItem, b: TextItem) => {
  // A run's box: from its baseline less descenders to its ascenders, in points.
  const box = (i: TextItem) => ({ left: i.x, right: i.x + i.width, bottom: i.y - 0.24 * i.height, top: i.y + 0.93 * i.height });
  const p = box(a);
  const q = box(b);
  return Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0.5 && Math.min(p.top, q.top) - Math.max(p.bottom, q.bottom) > 0.5;
};

describe('the report layout with 6,000-character notes and a 50-action plan', () => {
  it('takes more pages than the same report with short notes and no actions', () => {
    expect(long.length).toBeGreaterThan(short.length + 6);
  });

  it('keeps every paragraph of every long note whole and in order', () => {
    const text = flatten(long.map((p) => p.body).join('\n'));
    const noted = longReport.stages.flatMap((s) => s.items).filter((i) => i.notes.length >= NOTES_LENGTH);
    expect(noted).toHaveLength(6);
    let from = 0;
    for (const item of noted) {
      for (const paragraph of item.notes.split('\n\n')) {
        const at = text.indexOf(flatten(paragraph), from);
        expect(at, `${paragraph.slice(0, 40)}… whole, after position ${from}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it('never draws one run of text over another, nor outside the margins', () => {
    for (const [n, page] of long.entries()) {
      for (const item of page.items) {
        expect(item.x, `page ${n + 1}: "${item.str}" starts inside the left margin`).toBeGreaterThanOrEqual(18 * MM - 0.5);
        expect(item.x + item.width, `page ${n + 1}: "${item.str}" ends inside the right margin`).toBeLessThanOrEqual(192 * MM + 0.5);
      }
      for (let i = 0; i < page.items.length; i++) {
        for (let j = i + 1; j < page.items.length; j++) {
          const [a, b] = [page.items[i]!, page.items[j]!];
          expect(overlaps(a, b), `page ${n + 1}: "${a.str}" overlaps "${b.str}"`).toBe(false);
        }
      }
    }
  });

  it('keeps the footer apart: last on every page, alone in the bottom margin', () => {
    for (const [n, page] of long.entries()) {
      const footer = page.items.filter((i) => i.y < FOOTER_TOP_PT);
      expect(footer.map((i) => i.str)).toEqual(['Synthetic Insight', `Report ${longReport.meta.reportId}`, `Page ${n + 1} of ${long.length}`]);
      expect(page.items.slice(-3)).toEqual(footer);
      expect(page.body).not.toMatch(/Page \d+ of \d+/);
    }
  });

  it('repeats the action table header on every page the table continues on', () => {
    // The plan itself, not the key actions of the executive summary.
    const plan = long.findIndex((p) => p.items.some((i) => i.str === 'Action plan' && i.height >= 15));
    const withActions = long.slice(plan).filter((p) => p.body.includes('Action number'));
    expect(withActions.length).toBeGreaterThan(2);
    for (const page of withActions) {
      const body = flatten(page.body);
      expect(body.indexOf('Action and the findings it addresses')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('Action and the findings it addresses')).toBeLessThan(body.indexOf('Action number'));
    }
    const text = flatten(long.map((p) => p.body).join('\n'));
    for (const a of longReport.actions) expect(text).toContain(a.description);
  });
});

describe('TextMeasure.wrap', () => {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const measure = new TextMeasure(embedFonts(doc, fonts));

  it('fills lines up to the width, never past it, and loses no word', () => {
    const text = 'Łódź Αθήνα Москва '.repeat(40).trim();
    const lines = measure.wrap(text, 60, 10, 'normal');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(measure.width(line, 10, 'normal')).toBeLessThanOrEqual(60);
    // Each line is as full as it can be: the next word would not have fitted.
    for (let i = 0; i < lines.length - 1; i++) {
      const next = lines[i + 1]!.split(' ')[0]!;
      expect(measure.width(`${lines[i]} ${next}`, 10, 'normal')).toBeGreaterThan(60);
    }
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps line breaks and blank lines, and gives a narrower first line when asked', () => {
    expect(measure.wrap('one\n\ntwo', 100, 10, 'normal')).toEqual(['one', '', 'two']);
    const lines = measure.wrap('alpha beta gamma delta', 100, 10, 'normal', 12);
    expect(lines[0]).toBe('alpha');
    expect(lines.slice(1).join(' ')).toBe('beta gamma delta');
  });

  it('cuts a word longer than the line where it must', () => {
    const word = 'x'.repeat(200);
    const lines = measure.wrap(word, 40, 10, 'bold');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(measure.width(line, 10, 'bold')).toBeLessThanOrEqual(40);
  });
});
