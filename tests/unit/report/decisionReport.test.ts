/**
 * The decision report, read back by readers nobody here wrote: poppler's pdftotext for the
 * PDF, and the HTML as text. Both carry the procurement, both vendors in the allowed order
 * with their red flags, the decision and its reasons, the accepted red flag, and each
 * condition with its clause's citations and the questions it answers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDecisionReport, ClauseLibrarySchema, DecisionSchema, requestHash, type DecisionReport } from '../../../src/domain/procurement';
import { renderDecisionPdf } from '../../../src/report/decisionPdf';
import { renderDecisionHtml } from '../../../src/report/decisionHtml';
import { loadReportFontsFor, readReportFonts } from '../../../src/report/fontsNode';
import { decisionPdfText } from '../../../src/report/decision/words';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import type { LanguageState } from '../../../src/i18n/language';
import { ROOT } from '../helpers/bundled';
import { checklist11, makeRequest, T0, vendorResponse } from '../procurement/fixtures';

vi.setConfig({ testTimeout: 60_000 });

const ARGUS = { id: '22222222-2222-4222-8222-222222222222', organisation: 'Argus Systems' };
const BEACON = { id: '33333333-3333-4333-8333-333333333333', organisation: 'Beacon <b>Analytics</b>' };

let report: DecisionReport;
let input: Parameters<typeof buildDecisionReport>[0];
beforeAll(async () => {
  const loaded = await checklist11();
  const request = makeRequest(loaded.ref);
  const items = new Map(loaded.checklist.items.map((i) => [i.id, i]));
  const library = ClauseLibrarySchema.parse(JSON.parse(readFileSync(join(ROOT, 'checklists/clauses/1.0.0/clauses.json'), 'utf8')));
  const argus = vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'partial', 'CQ-01': 'no' }, ARGUS);
  const beacon = vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'yes' }, BEACON);
  const decision = DecisionSchema.parse({
    schemaVersion: 1,
    outcome: 'approve-with-conditions',
    vendor: { responseId: ARGUS.id, organisation: ARGUS.organisation, revision: 1 },
    rationale: 'Lower cost; the hosting gap is closed by contract & audited.',
    clauseLibrary: { id: library.id, version: library.version },
    conditions: [
      { clauseId: 'CL-02', title: 'Audit and access rights', text: 'The Supplier shall give the City access to its logs for five years.', answers: ['DEP-03'] },
      { clauseId: 'CL-06', title: 'Grievance mechanism and remedy', text: 'The Supplier shall run a grievance mechanism from day one.', answers: ['DEP-03', 'CQ-01'] },
    ],
    acceptedRedFlags: ['CQ-01'],
    decidedAt: '2026-04-20T10:00:00.000Z',
    decidedBy: 'Olu Officer',
  });
  input = {
    request,
    requestHash: await requestHash(request),
    sentAt: T0,
    items,
    vendors: [
      { id: ARGUS.id, assessment: argus.assessment, evidence: [], revision: 1, signature: { valid: true, trusted: true, signer: 'Vera Vendor' } },
      { id: BEACON.id, assessment: beacon.assessment, evidence: [], revision: 1, signature: null },
    ],
    decision,
    library,
    registry: loaded.registry,
    generatedAt: '2026-04-21T08:00:00.000Z',
  };
  report = await buildDecisionReport(input);
});

function pdfText(bytes: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hrba-decision-')), 'decision.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

describe('the decision report', () => {
  it('PDF: procurement, decision, accepted red flag, conditions with citations, both vendors and the matrix', () => {
    const text = pdfText(renderDecisionPdf(report, readReportFonts(), { tool: 'HRBA@Tech due diligence 0.1.0' }));
    for (const expected of [
      'Live facial recognition for the transit police',
      'Buyer: City of Lakeside',
      'Reference: LK-2026-014',
      'Stage: Tender',
      'Approve with conditions: Argus Systems (response revision 1)',
      'Lower cost; the hosting gap is closed by contract & audited.',
      'The approved vendor’s response still raises 1 red flag.',
      'Red flag on CQ-01: “No” (deal-breaker set by the buyer)',
      'CL-02: Audit and access rights',
      'The Supplier shall give the City access to its logs for five years.',
      'UNGP 5',
      'OHCHR report on digital divides (2023): summary of a panellist’s statement, para. 43',
      'CL-06: Grievance mechanism and remedy',
      'UNGP 31',
      'CQ-01 (red flag): Will you host every record inside the country?',
      'Beacon <b>Analytics</b>',
      'Argus Systems: 1 red flag',
      'Signed by Vera Vendor (trusted)',
      'RED FLAG (deal-breaker set by the buyer)',
      `Report ${report.meta.reportId}`,
    ]) {
      expect(text).toContain(expected);
    }
    // The vendor without a red flag is listed first in the vendors' table.
    expect(text.indexOf('Beacon <b>Analytics</b> Beacon')).toBeLessThan(text.indexOf('Argus Systems Argus'));
  });

  it('HTML: the same content, with the vendors’ and buyer’s text escaped, never markup', () => {
    const page = renderDecisionHtml(report);
    expect(page).not.toContain('<b>Analytics</b>');
    expect(page).toContain('Beacon &lt;b&gt;Analytics&lt;/b&gt;');
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const expected of ['Approve with conditions: Argus Systems', 'closed by contract &amp; audited', 'Red flag on CQ-01: “No”', 'CL-06: Grievance mechanism and remedy', 'UNGP 31', 'Comparison matrix']) {
      expect(text).toContain(expected);
    }
  });

  it('a decision made on a revision since replaced says so, and states no red flag of a response nobody decided on', async () => {
    const later = '22222222-2222-4222-8222-222222222229';
    const stale = await buildDecisionReport({ ...input, vendors: input.vendors.map((v) => (v.id === ARGUS.id ? { ...v, id: later, revision: 2 } : v)) });
    expect(stale.decision).toMatchObject({ stale: true, acceptedRedFlags: [], acceptedKeys: ['CQ-01'] });
    const text = pdfText(renderDecisionPdf(stale, readReportFonts()));
    expect(text).toContain('This decision was made on revision 1 of Argus Systems’s response; a later revision has been imported since');
    expect(text).toContain('Red flags accepted then: CQ-01.');
    expect(text).not.toContain('raises no red flag');
    expect(text).not.toContain('The officer confirmed');
  });

  it('a report signed later prints the signature block inside the PDF', () => {
    const text = pdfText(
      renderDecisionPdf(report, readReportFonts(), {
        signature: { signerName: 'Olu Officer', organisation: 'City of Lakeside', signedAt: '2026-04-21T08:05:00.000Z', certificateFingerprint: 'ab'.repeat(32), trailHeadHash: null },
      }),
    );
    expect(text).toContain('Signed by Olu Officer (City of Lakeside) on 2026-04-21 08:05 UTC');
  });
});

/** Joined Arabic letters folded back (NFKC), poppler's direction marks and the isolates dropped, spaces collapsed. */
const norm = (text: string) => text.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe.each([
  ['fr', ['Décision', 'Conditions contractuelles', 'Fournisseurs comparés', 'Signaux d’alerte par fournisseur', 'Matrice de comparaison', 'Acheteur', 'Approuver sous conditions'], 'Page 1 sur'],
  ['ar', ['القرار', 'الشروط التعاقدية', 'الموردون الذين جرت مقارنتهم', 'علامات التحذير حسب المورد', 'مصفوفة المقارنة', 'المشتري'], 'الصفحة'],
] as const)('the decision report made in %s', (locale, headings, pageMark) => {
  let language: LanguageState;
  beforeAll(async () => {
    language = { locale, messages: await loadCatalogue(locale) };
  });

  it('PDF (pdftotext): the headings and labels in that language, the buyer’s and vendors’ names as written', async () => {
    const text = norm(pdfText(renderDecisionPdf(report, await loadReportFontsFor(decisionPdfText(report, language)), { language })));
    for (const expected of [...headings, pageMark]) expect(text, expected).toContain(norm(expected));
    // (Right to left, pdftotext reorders the brackets of “Beacon <b>Analytics</b>” by its own bidi, so its words are looked for.)
    for (const name of ['City of Lakeside', 'Argus Systems', 'Beacon', 'Analytics', 'Live facial recognition for the transit police', 'Vera Vendor']) expect(text, name).toContain(name);
    for (const english of ['Comparison matrix', 'Vendors compared', 'Red flags by vendor', 'Deadline for responses', 'About the clause library']) expect(text).not.toContain(english);
    expect(text).not.toContain('\uFFFD');
  }, 120_000);

  it('signed in that language: the signature block inside the PDF is in it too, the signer’s name as written', async () => {
    const signature = { signerName: 'Olu Officer', organisation: 'City of Lakeside', signedAt: '2026-04-21T08:05:00.000Z', certificateFingerprint: 'ab'.repeat(32), trailHeadHash: null };
    const text = norm(pdfText(renderDecisionPdf(report, await loadReportFontsFor(decisionPdfText(report, language)), { language, signature })));
    const expected = locale === 'fr' ? ['Signé par Olu Officer (City of Lakeside) le 21 avril 2026 à 08:05 UTC', 'signature numérique X.509 (PAdES)'] : ['Olu Officer', 'City of Lakeside', 'شهادة التوقيع', 'بصمة'];
    for (const part of expected) expect(text, part).toContain(norm(part));
    expect(text).not.toContain('Signed by');
    expect(text).toContain('ab'.repeat(32));
  }, 120_000);

  it('HTML: lang and dir of the language, its headings, the names escaped', () => {
    const page = renderDecisionHtml(report, { language });
    expect(page).toMatch(locale === 'ar' ? /<html lang="ar" dir="rtl">/ : /<html lang="fr">/);
    for (const heading of headings.slice(0, 5)) expect(page, heading).toContain(`>${heading}</h`);
    expect(page).toContain('Beacon &lt;b&gt;Analytics&lt;/b&gt;');
    expect(page).not.toContain('Comparison matrix');
  });
});
