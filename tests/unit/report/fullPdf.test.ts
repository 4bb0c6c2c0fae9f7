import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/domain';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { readReportFonts } from '../../../src/report/fontsNode';
import { HASH_LABEL, passagesUnderSource, SECTIONS } from '../../../src/report/common';
import { reportWords } from '../../../src/report/reportWords';
import { exampleAssessment } from '../helpers/bundled';
import { exampleReport, syntheticReport } from './fixtures';
import { flatten, readPdf, type PdfPage } from './pdfText';

const fonts = readReportFonts();
const BODY_SECTIONS = Object.entries(SECTIONS)
  // The example is a self-assessment, so it has no auditor's section.
  .filter(([key]) => key !== 'contents' && key !== 'audit')
  .map(([, title]) => title);

let report: FullReport;
let bytes: ArrayBuffer;
let pages: PdfPage[];
/** Everything after the contents page, footers left out, as one flow of words. */
let body: string;

beforeAll(async () => {
  report = await exampleReport();
  bytes = renderFullReportPdf(report, fonts);
  pages = await readPdf(bytes);
  body = flatten(
    pages
      .slice(2)
      .map((p) => p.body)
      .join('\n'),
  );
}, 60_000);

describe('renderFullReportPdf on the example assessment', () => {
  it('opens with a cover naming the product, organisation, mode, assessor, checklist and date', () => {
    const cover = flatten(pages[0]!.body);
    expect(cover).toContain(`Human rights due diligence report: ${report.meta.productName}`);
    expect(cover).toContain('Product: Kestrel Insight 3.2');
    expect(cover).toContain(`Organisation: ${report.meta.organisation}`);
    expect(cover).toContain('Assessment type: Self-assessment');
    expect(cover).toContain('Assessor: Zofia Wiśniewska, Head of Responsible AI');
    expect(cover).toContain('Checklist: HRBA@Tech due-diligence checklist');
    expect(cover).toContain(`Checklist id and version: hrba-tech ${report.meta.checklist.version}`);
    expect(cover).toContain(`Checklist content hash: ${report.meta.checklist.contentHash}`);
    expect(cover).toContain('Date: 2026-11-22 10:00 UTC');
    expect(cover).toContain('Revision: 1');
  });

  it('has every section, in order, each starting on the page the contents give for it', () => {
    let from = 0;
    for (const title of BODY_SECTIONS) {
      const at = body.indexOf(title, from);
      expect(at, `"${title}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + title.length;
    }
    const contents = pages[1]!;
    for (const title of BODY_SECTIONS) {
      const entry = contents.items.find((i) => i.str === title)!;
      expect(entry, `contents entry "${title}"`).toBeDefined();
      const number = contents.items.find((i) => Math.abs(i.y - entry.y) < 0.5 && /^\d+$/.test(i.str));
      const page = pages[Number(number!.str) - 1]!;
      expect(page.items.some((i) => i.str === title && i.height >= 15), `"${title}" as a heading on page ${number!.str}`).toBe(true);
    }
  });

  it('prints every finding and every action', () => {
    expect(report.findings.length).toBeGreaterThanOrEqual(8);
    for (const f of report.findings) expect(body).toContain(flatten(`${f.number}: ${reportWords().findingTitle(f)}`));
    for (const a of report.actions) expect(body).toContain(flatten(a.description));
  });

  it('marks the red flag and the overdue actions', () => {
    expect(body).toContain('RED FLAG CON-05:');
    expect(body).toContain('In progress, OVERDUE');
    expect(body).toContain('Planned, OVERDUE');
    expect(body).toContain('13 actions; 3 overdue (marked OVERDUE).');
  });

  it('prints the answers by stage with their notes and evidence', () => {
    for (const stage of report.stages) {
      for (const item of stage.items) {
        expect(body).toContain(flatten(`${item.id} ${item.question}`));
        expect(body).toContain(flatten(`Notes: ${item.notes}`));
        for (const e of item.evidence) expect(body).toContain(flatten(`Evidence: ${e.url ? `${e.label} (${e.url})` : e.label}`));
      }
    }
    expect(body).toContain('Answer: Partly');
    expect(body).toContain('Answer: No (RED FLAG)');
  });

  it('prints the heat map counts and the methodology scales', () => {
    const heat = pages.find((p) => p.body.includes(SECTIONS.heatMap) && p.body.includes('not yet rated'))!;
    const counts = heat.items.filter((i) => /^\d+$/.test(i.str) && i.height >= 11).map((i) => Number(i.str));
    expect(counts).toHaveLength(16);
    expect(counts.reduce((n, c) => n + c, 0)).toBe(report.heatMap.counts.flat().reduce((n, c) => n + c, 0));
    expect(flatten(heat.body)).toContain('0 findings not yet rated');
    // The red flags among them are named in their cells, as many as the model places.
    const flagged = report.heatMap.redFlags.flat().reduce((n, c) => n + c, 0);
    expect(flagged).toBeGreaterThan(0);
    expect(heat.items.filter((i) => /^\d+ red flags?$/.test(i.str)).reduce((n, i) => n + Number.parseInt(i.str, 10), 0)).toBe(flagged);
    const words = reportWords();
    for (const scale of report.methodology.scales) {
      expect(body).toContain(words.scaleName(scale));
      for (const level of words.scaleLevels(scale)) expect(body).toContain(level);
    }
  });

  it('prints trade-offs, stakeholders and benefits', () => {
    for (const t of report.tradeoffs) expect(body).toContain(flatten(t.resolution));
    for (const s of report.stakeholders) expect(body).toContain(flatten(s.whatChanged));
    for (const b of report.benefits) expect(body).toContain(flatten(b.evidence));
  });

  it('prints names in Latin-extended, Greek and Cyrillic script', () => {
    expect(body).toContain('Łódź');
    expect(body).toContain('Αθήνα');
    expect(body).toContain('Москва');
    expect(body).toContain('Ελένη Παπαδοπούλου');
    expect(body).toContain('Ольга Петрова');
  });

  it('ends with an annex of every cited source in full', () => {
    const annex = body.slice(body.lastIndexOf(SECTIONS.annex));
    expect(report.sources.length).toBeGreaterThan(3);
    for (const s of report.sources) {
      expect(annex).toContain(flatten(s.title));
      expect(annex).toContain(flatten(`Published by: ${s.body}`));
      if (s.identifier) expect(annex).toContain(`Identifier: ${s.identifier}`);
      expect(annex).toContain(flatten(`Passages cited: ${passagesUnderSource(s.cited).join(' ')}`));
    }
  });

  it('names each source once in the annex, its passages under it without the title again', () => {
    const annex = body.slice(body.lastIndexOf(SECTIONS.annex), body.lastIndexOf(HASH_LABEL));
    const count = (text: string) => annex.split(text).length - 1;
    for (const s of report.sources) {
      expect(count(flatten(s.title)), s.title).toBe(1);
      // The short title used in citations elsewhere ("OHCHR report on digital divides (2023)") is not printed before each passage.
      for (const c of s.cited) if (c.kind === 'passage') expect(count(c.document), c.document).toBe(0);
    }
    expect(annex).toMatch(/Summary of a panellist’s statement: paras \d+, \d+/);
  });

  it('prints the SHA-256 of the canonical assessment JSON on the last page', async () => {
    const hash = await sha256Hex(canonicalJson(exampleAssessment()));
    expect(flatten(pages.at(-1)!.body)).toContain(`SHA-256 of the canonical assessment JSON: ${hash}`);
  });

  it('numbers every page "Page n of N" in its footer', () => {
    pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('names the embedded font\'s character collection correctly, so readers do not complain', () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).not.toContain('/Ordering (Identity-H)');
    expect(raw).toContain('/Ordering (Identity)');
    expect(raw).toMatch(/\/FontFile2/);
  });
});

describe('renderFullReportPdf on an assessment with unrated findings and nothing recorded', () => {
  it('counts the unrated findings under the heat map and says what is missing', async () => {
    const synthetic = await syntheticReport();
    const text = flatten((await readPdf(renderFullReportPdf(synthetic, fonts))).map((p) => p.body).join('\n'));
    expect(synthetic.heatMap.unrated).toBeGreaterThan(1);
    expect(text).toContain(`${synthetic.heatMap.unrated} findings not yet rated`);
    expect(text).toContain('No action is planned yet.');
    expect(text).toContain('No trade-off is recorded.');
    expect(text).toContain('No engagement with stakeholders is recorded.');
    expect(text).toContain('No benefit to rights is recorded.');
  }, 30_000);
});
