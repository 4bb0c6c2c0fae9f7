import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ChecklistItem } from '../../../src/domain';
import {
  AnswerReviewSchema,
  compareResponses,
  filterMatrixRows,
  orderVendors,
  principleRef,
  sha256OfBytes,
  type ComparedVendor,
  type Request,
  type VendorSummary,
} from '../../../src/domain/procurement';
import { comparisonCsv } from '../../../src/ui/procurement/comparisonCsv';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { intlFor } from '../../../src/i18n/react';
import { checklist11, makeRequest, vendorResponse } from './fixtures';

let request: Request;
let items: Map<string, ChecklistItem>;
beforeAll(async () => {
  const { ref, checklist } = await checklist11();
  request = makeRequest(ref);
  items = new Map(checklist.items.map((i) => [i.id, i]));
});

const argus = () => vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'yes' }, { id: 'a0000000-0000-4000-8000-000000000001', organisation: 'Argus Systems' }).assessment;
const borealis = () => vendorResponse(request, { 'CON-04': 'unknown', 'DEP-03': 'yes' }, { id: 'b0000000-0000-4000-8000-000000000002', organisation: '=HYPERLINK("http://x")' }).assessment;

describe('the comparison matrix', () => {
  it('puts red-flag rows first (then request order), and marks the “Don’t know” vendor’s deal-breaker, missing answers and evidence', () => {
    const pdf = { sha256: sha256OfBytes(new Uint8Array([7])), questionKey: 'DEP-03', name: 'g.pdf', mediaType: 'application/pdf', bytes: 1, description: '' };
    const review = { answers: { 'DEP-03': AnswerReviewSchema.parse({ verdict: 'clarification-needed', comment: 'Since when?', reviewedAt: '2026-03-10T09:00:00.000Z' }) } };
    const vendors: ComparedVendor[] = [
      { id: 'a', assessment: argus(), evidence: [pdf] },
      { id: 'b', assessment: borealis(), evidence: [], review },
    ];
    const { rows, summaries } = compareResponses(request, items, vendors);
    expect(rows.map((r) => r.key)).toEqual(['CON-04', 'DEP-03', 'CQ-01']);
    expect(rows[0]!.cells).toEqual([
      { status: 'yes', verdict: null, evidenceCount: 0, redFlag: null, mandatoryMissing: false },
      { status: 'unknown', verdict: null, evidenceCount: 0, redFlag: 'deal-breaker', mandatoryMissing: false },
    ]);
    // CQ-01's override raises the flag on "No" only: no answer there is not a red flag.
    expect(rows[2]!.cells[1]).toMatchObject({ status: null, redFlag: null });
    expect(rows[1]!.cells.map((c) => [c.evidenceCount, c.verdict])).toEqual([[1, null], [0, 'clarification-needed']]);
    expect(rows.find((r) => r.key === 'CQ-01')).toMatchObject({ custom: true, stage: 'deployment', dealBreaker: true, hrba: [] });
    expect(summaries.map((s) => [s.id, s.redFlags, s.clarificationsOpen, s.answered, s.asked])).toEqual([
      ['a', 0, 0, 3, 3],
      ['b', 1, 1, 2, 3],
    ]);
    expect(summaries[1]!.hrba.accountable.asked).toBeGreaterThan(0);
    expect(summaries[0]!.pi.redress).toEqual({ asked: 1, answered: 1, met: 1 });
  });

  it('exports CSV with every vendor’s columns and no cell a spreadsheet would run', () => {
    const comparison = compareResponses(request, items, [
      { id: 'a', assessment: argus(), evidence: [] },
      { id: 'b', assessment: borealis(), evidence: [] },
    ]);
    const csv = comparisonCsv(intlFor({ locale: 'en', messages: {} }), comparison, ['Argus Systems', '=HYPERLINK("http://x")']);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`Question,Stage,Mandatory,Deal-breaker,Argus Systems: answer,Argus Systems: review,Argus Systems: evidence,Argus Systems: red flag,"'=HYPERLINK(""http://x""): answer","'=HYPERLINK(""http://x""): review","'=HYPERLINK(""http://x""): evidence","'=HYPERLINK(""http://x""): red flag"`);
    expect(lines[1]).toBe('CON-04,Conception,yes,yes,Yes,,0,,Don’t know,,0,RED FLAG: Deal-breaker set by the buyer');
  });

  it('exports CSV in French: headings, stages, answers, verdicts and red flags in the chosen language', async () => {
    const comparison = compareResponses(request, items, [
      { id: 'a', assessment: argus(), evidence: [] },
      { id: 'b', assessment: borealis(), evidence: [] },
    ]);
    const french = intlFor({ locale: 'fr', messages: await loadCatalogue('fr') });
    const lines = comparisonCsv(french, comparison, ['Argus Systems', 'Borealis']).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Question,Étape,Obligatoire,Critère éliminatoire,Argus Systems : réponse,Argus Systems : examen,Argus Systems : preuves,Argus Systems : signal d’alerte,Borealis : réponse,Borealis : examen,Borealis : preuves,Borealis : signal d’alerte');
    expect(lines[1]).toBe('CON-04,Conception,oui,oui,Oui,,0,,Ne sait pas,,0,SIGNAL D’ALERTE : Critère éliminatoire fixé par l’acheteur');
  });

  it('isolates vendor names in an Arabic heading, and still guards a name that is a formula', async () => {
    const comparison = compareResponses(request, items, [{ id: 'b', assessment: borealis(), evidence: [] }]);
    const arabic = intlFor({ locale: 'ar', messages: await loadCatalogue('ar') });
    const header = comparisonCsv(arabic, comparison, ['=HYPERLINK("http://x")']).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(header.split(',').slice(0, 4)).toEqual(['السؤال', 'المرحلة', 'إلزامي', 'معيار إقصائي']);
    expect(header).toContain(`"'\u2068=HYPERLINK(""http://x"")\u2069: الإجابة"`);
  });
});

describe('the matrix filters', () => {
  it('narrow by red flag, mandatory, stage and principle, combined, never reordering', () => {
    const { rows } = compareResponses(request, items, [
      { id: 'a', assessment: argus(), evidence: [] },
      { id: 'b', assessment: borealis(), evidence: [] },
    ]);
    const keys = (filter: Parameters<typeof filterMatrixRows>[1]) => filterMatrixRows(rows, filter).map((r) => r.key);
    expect(keys({})).toEqual(['CON-04', 'DEP-03', 'CQ-01']);
    expect(keys({ redFlagsOnly: true })).toEqual(['CON-04']);
    expect(keys({ mandatoryOnly: true })).toEqual(['CON-04']);
    expect(keys({ stage: 'deployment' })).toEqual(['DEP-03', 'CQ-01']);
    // DEP-03 serves PI's redress principle; the custom question serves none.
    expect(keys({ principle: principleRef('pi:redress') })).toEqual(['DEP-03']);
    expect(keys({ stage: 'deployment', principle: principleRef('pi:redress'), redFlagsOnly: true })).toEqual([]);
    expect(principleRef('pi:accountable')).toBeNull();
    expect(principleRef('hrba:accountable')).toBe('hrba:accountable');
  });
});

const summary = fc.record({
  id: fc.uuid(),
  organisation: fc.string({ maxLength: 8 }),
  redFlags: fc.nat(5),
  insufficient: fc.nat(50),
  clarificationsOpen: fc.nat(50),
  mandatoryMissing: fc.array(fc.constantFrom('CON-04', 'CQ-01'), { maxLength: 2 }),
  answered: fc.nat(120),
  asked: fc.integer({ min: 1, max: 120 }),
}).map((s) => ({ ...s, answered: Math.min(s.answered, s.asked), hrba: {}, pi: {} }) as unknown as VendorSummary);

describe('the vendor order', () => {
  it('never ranks a vendor with an open red flag above one without, whatever else they score (property)', () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 12 }), (list) => {
        const ordered = orderVendors(list);
        const firstFlagged = ordered.findIndex((s) => s.redFlags > 0);
        return firstFlagged === -1 || ordered.slice(firstFlagged).every((s) => s.redFlags > 0);
      }),
    );
  });

  it('ranks a complete, fully accepted vendor with one red flag below an empty one without', () => {
    const base = { hrba: {}, pi: {} } as unknown as VendorSummary;
    const perfect = { ...base, id: '1', organisation: 'A', redFlags: 1, insufficient: 0, clarificationsOpen: 0, mandatoryMissing: [], answered: 120, asked: 120 };
    const empty = { ...base, id: '2', organisation: 'B', redFlags: 0, insufficient: 40, clarificationsOpen: 40, mandatoryMissing: ['CON-04'], answered: 0, asked: 120 };
    expect(orderVendors([perfect, empty]).map((s) => s.id)).toEqual(['2', '1']);
  });
});
