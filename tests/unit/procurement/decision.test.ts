import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishIssue } from '../helpers/problems';
import type { ChecklistItem, SourcesRegistry } from '../../../src/domain';
import {
  buildDecisionReport,
  ClauseLibrarySchema,
  clausesByRelevance,
  conditionFromClause,
  decisionProblems,
  DecisionSchema,
  requestHash,
  responseRedFlags,
  weakAnswers,
  type ClauseLibrary,
  type DecisionInput,
  type Request,
} from '../../../src/domain/procurement';
import { ROOT } from '../helpers/bundled';
import { checklist11, makeRequest, T0, vendorResponse } from './fixtures';

const ARGUS = { id: '22222222-2222-4222-8222-222222222222', organisation: 'Argus Systems' };
const BEACON = { id: '33333333-3333-4333-8333-333333333333', organisation: 'Beacon Analytics' };

let request: Request;
let items: Map<string, ChecklistItem>;
let registry: SourcesRegistry;
let library: ClauseLibrary;
beforeAll(async () => {
  const loaded = await checklist11();
  request = makeRequest(loaded.ref);
  items = new Map(loaded.checklist.items.map((i) => [i.id, i]));
  registry = loaded.registry;
  library = ClauseLibrarySchema.parse(JSON.parse(readFileSync(join(ROOT, 'checklists/clauses/1.0.0/clauses.json'), 'utf8')));
});

const decision = (extra: Partial<DecisionInput> = {}): DecisionInput => ({
  schemaVersion: 1,
  outcome: 'approve-with-conditions',
  vendor: { responseId: ARGUS.id, organisation: ARGUS.organisation, revision: 1 },
  rationale: 'Best coverage of the deal-breakers; hosting to be fixed by contract.',
  clauseLibrary: { id: 'hrba-contract-clauses', version: '1.0.0' },
  conditions: [{ clauseId: 'CL-02', title: 'Audit and access rights', text: 'The Supplier shall give the Authority access to its logs.', answers: ['DEP-03'] }],
  acceptedRedFlags: ['CQ-01'],
  decidedAt: T0,
  ...extra,
});

describe('the decision', () => {
  it('needs reasons, a vendor to approve, and at least one condition to approve with conditions', () => {
    const messages = (input: DecisionInput) => DecisionSchema.safeParse(input).error?.issues.map(englishIssue) ?? [];
    expect(messages(decision())).toEqual([]);
    expect(messages(decision({ rationale: '  ' }))).toEqual(['rationale: Give the reasons for the decision.']);
    expect(messages(decision({ conditions: [] }))).toEqual(['conditions: An approval with conditions needs at least one condition.']);
    expect(messages(decision({ outcome: 'approve' }))).toEqual(['conditions: Only an approval with conditions carries conditions.']);
    expect(messages(decision({ outcome: 'approve', conditions: [], vendor: null, acceptedRedFlags: [] }))).toEqual(['vendor: Choose the vendor you approve.']);
    expect(messages(decision({ outcome: 'reject', conditions: [], vendor: null }))).toEqual(['acceptedRedFlags: A rejection accepts no red flag.']);
    expect(messages(decision({ outcome: 'reject', conditions: [], vendor: null, acceptedRedFlags: [] }))).toEqual([]);
  });

  it('refuses to approve a vendor with an open red flag unless every one is accepted, and accepts no flag that is not one', () => {
    const vendors = [{ responseId: ARGUS.id, organisation: ARGUS.organisation, revision: 1, redFlags: ['CON-04', 'CQ-01'] }];
    const asked = new Set(['CON-04', 'DEP-03', 'CQ-01']);
    const check = (input: DecisionInput) => decisionProblems(DecisionSchema.parse(input), vendors, library, asked);
    expect(check(decision())).toEqual([{ code: 'red-flags-not-accepted', keys: ['CON-04'] }]);
    expect(check(decision({ acceptedRedFlags: ['CON-04', 'CQ-01'] }))).toEqual([]);
    expect(check(decision({ acceptedRedFlags: ['CON-04', 'CQ-01', 'DEP-03'] }))).toEqual([{ code: 'accepted-not-red-flag', keys: ['DEP-03'] }]);
    // A rejection needs no acceptance; a vendor that is not the compared revision is unknown.
    expect(check(decision({ outcome: 'reject', conditions: [], acceptedRedFlags: [] }))).toEqual([]);
    expect(check(decision({ vendor: { ...decision().vendor!, revision: 2 }, acceptedRedFlags: ['CON-04', 'CQ-01'] }))).toEqual([{ code: 'vendor-unknown' }]);
    expect(
      check(decision({ acceptedRedFlags: ['CON-04', 'CQ-01'], conditions: [{ clauseId: 'CL-99', title: 'Made up', text: 'Not in the library at all.', answers: ['OPS-01'] }] })),
    ).toEqual([
      { code: 'clause-unknown', clauseId: 'CL-99' },
      { code: 'condition-answers-unasked', clauseId: 'CL-99', keys: ['OPS-01'] },
    ]);
  });

  it('draws a condition from a clause linked to the vendor’s weak answers it covers, and lists clauses for red flags first', () => {
    const cl04 = library.clauses.find((c) => c.id === 'CL-04')!;
    expect(conditionFromClause(cl04, new Set(['DEP-01', 'CON-04']))).toEqual({ clauseId: 'CL-04', title: cl04.title, text: cl04.text, answers: ['DEP-01'] });
    const order = clausesByRelevance(library, new Set(['DEP-03']), new Set(['OPS-04'])).map((c) => c.id);
    expect(order.slice(0, 3)).toEqual(['CL-06', 'CL-02', 'CL-05']);
    expect(order).toHaveLength(library.clauses.length);
    expect(weakAnswers(['CON-04', 'DEP-03', 'CQ-01', 'OPS-01'], { 'CON-04': { status: 'yes' }, 'CQ-01': { status: 'unknown' }, 'OPS-01': { status: 'partial' } })).toEqual(['CQ-01', 'OPS-01']);
  });
});

describe('the decision report model', () => {
  it('has both vendors in the allowed order with their red flags, the decision, and the conditions with the clause citations', async () => {
    const argus = vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'no' }, ARGUS);
    const beacon = vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'yes' }, BEACON);
    expect(responseRedFlags(request, argus.assessment.answers, items).map((f) => f.key)).toEqual(['CQ-01']);
    const vendors = [
      { id: ARGUS.id, assessment: argus.assessment, evidence: [], revision: 1, signature: { valid: true, trusted: false, signer: 'Vera Vendor' } },
      { id: BEACON.id, assessment: beacon.assessment, evidence: [], revision: 1, signature: null },
    ];
    const d = DecisionSchema.parse(decision());
    const input = { request, requestHash: await requestHash(request), sentAt: T0, items, vendors, decision: d, library, registry, generatedAt: '2026-04-20T10:00:00.000Z' };
    const report = await buildDecisionReport(input);
    // Beacon has no red flag, so it is listed above Argus whatever else either answered.
    expect(report.vendors.map((v) => [v.organisation, v.redFlags.map((f) => `${f.key} ${f.source} ${f.trigger}`)])).toEqual([
      ['Beacon Analytics', []],
      ['Argus Systems', ['CQ-01 deal-breaker no']],
    ]);
    expect(report.matrix.vendors).toEqual(['Beacon Analytics', 'Argus Systems']);
    expect(report.matrix.rows[0]!.key).toBe('CQ-01');
    expect(report.matrix.rows[0]!.cells.map((c) => [c.status, c.redFlag])).toEqual([
      ['yes', null],
      ['no', 'deal-breaker'],
    ]);
    expect(report.decision).toMatchObject({ outcome: 'approve-with-conditions', vendor: 'Argus Systems', acceptedRedFlags: [{ key: 'CQ-01', question: 'Will you host every record inside the country?' }] });
    expect(report.conditions).toHaveLength(1);
    const [condition] = report.conditions;
    expect(condition!.citations.map((c) => (c.kind === 'principle' ? `${c.source} ${c.ref}` : `${c.doc} ${c.ref}`))).toEqual([
      'UNGP 5',
      'PI oversight',
      'PI accountability',
      'ohchr-2023-digital-divides 43',
      'HRBA accountable',
    ]);
    expect(condition!.answers).toEqual([{ key: 'DEP-03', question: items.get('DEP-03')!.question, redFlag: false }]);
    expect(report.meta.reportId).toMatch(/^R-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    // The same inputs give the same id; another decision gives another.
    expect((await buildDecisionReport(input)).meta.reportId).toBe(report.meta.reportId);
    expect((await buildDecisionReport({ ...input, decision: { ...d, rationale: 'Other reasons.' } })).meta.decisionHash).not.toBe(report.meta.decisionHash);
  });
});
