import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/words/citations';
import { buildFullReport } from '../../../src/domain/report/fullReport';
import {
  applyChange,
  buildDashboard,
  canonicalJson,
  resolveChecklist,
  sha256Hex,
  type Assessment,
} from '../../../src/domain';
import { answer, makeAssessment, T0 } from '../helpers/assessment';
import { checklistInput, defaultItems, itemInput, miniChecklist, miniRegistry } from '../helpers/checklist';

const meta = { at: T0, by: 'tester' };
const checklist = miniChecklist(
  checklistInput([
    ...defaultItems().map((i) => (i.id === 'CON-01' ? { ...i, citations: [{ source: 'UNGP' as const, ref: '17' }, { source: 'DOC' as const, doc: 'glion-ix-2023' as const, ref: 'P1-WAT' }] } : i)),
    itemInput('OPS-03', 'operation', { redFlag: { triggers: ['no'], reason: 'No remedy at all.' }, rights: ['privacy'] }),
  ]),
);
const triage = { role: 'builder', tech: [], emergency: false };
const resolved = resolveChecklist(checklist, triage);

function scenario(): Assessment {
  let a = makeAssessment({ productName: 'Kestrel' });
  a = applyChange(a, { type: 'triage.set', triage }, meta);
  for (const [id, s] of [['CON-01', 'no'], ['CON-02', 'yes'], ['DES-03', 'partial'], ['OPS-01', 'unknown'], ['OPS-03', 'no']] as const) {
    a = applyChange(a, answer(id, s, `notes for ${id}`), meta);
  }
  const rate = (key: string, scale: number, scope: number, irr: number, likelihood: number) =>
    (a = applyChange(a, { type: 'finding.set', key, finding: { severity: { scale, scope, irremediability: irr }, likelihood, updatedAt: T0 } }, meta));
  rate('CON-01', 4, 3, 4, 2); // level 4, likelihood 2
  rate('DES-03', 1, 1, 1, 1); // level 1, likelihood 1
  a = applyChange(a, { type: 'finding.set', key: 'OPS-01', finding: { status: 'resolved', updatedAt: T0 } }, meta);
  a = applyChange(a, { type: 'action.set', action: { id: 'a1', description: 'Publish a purpose statement', findingKeys: ['CON-01'], dueDate: '2026-01-01', owner: 'Ana' } }, meta);
  a = applyChange(a, { type: 'action.set', action: { id: 'a2', description: 'Write a remedy process', findingKeys: ['OPS-03'], status: 'done' } }, meta);
  a = applyChange(a, { type: 'stakeholder.set', stakeholder: { id: 's1', who: 'Residents’ association', how: 'workshop' } }, meta);
  return a;
}

describe('buildDashboard', () => {
  const d = buildDashboard(scenario(), resolved, '2026-11-22');

  it('counts completion per stage over applicable items only', () => {
    expect(d.completion).toEqual([
      { stage: 'conception', applicable: 2, answered: 2 },
      { stage: 'design', applicable: 1, answered: 1 },
      { stage: 'deployment', applicable: 0, answered: 0 },
      { stage: 'operation', applicable: 3, answered: 2 },
    ]);
  });

  it('places unresolved findings rated on both axes in the heat map and counts the rest as unrated', () => {
    expect(d.heatMap[3]![1]).toBe(1);
    expect(d.heatMap[0]![0]).toBe(1);
    expect(d.heatMap.flat().reduce((n, x) => n + x, 0)).toBe(2);
    expect(d.unratedFindings).toBe(1); // OPS-03: open, unrated; OPS-01 is resolved
  });

  it('ranks only rated findings among the top risks; the unrated red flag is listed on its own, never dropped', () => {
    expect(d.topRisks.map((f) => f.key)).toEqual(['CON-01', 'DES-03']);
    expect(d.openRedFlags.map((f) => f.key)).toEqual(['OPS-03']);
  });

  it('marks red flags in their heat map cell once rated, and puts a rated red flag first among the top risks', () => {
    expect(d.heatMapRedFlags.flat().reduce((n, x) => n + x, 0)).toBe(0); // OPS-03 is not rated yet
    let a = scenario();
    a = applyChange(a, { type: 'finding.set', key: 'OPS-03', finding: { severity: { scale: 2, scope: 1, irremediability: 1 }, likelihood: 3, updatedAt: T0 } }, meta);
    const rated = buildDashboard(a, resolved, '2026-11-22');
    expect(rated.heatMap[1]![2]).toBe(1);
    expect(rated.heatMapRedFlags[1]![2]).toBe(1);
    expect(rated.heatMapRedFlags.flat().reduce((n, x) => n + x, 0)).toBe(1);
    expect(rated.topRisks.map((f) => f.key)).toEqual(['OPS-03', 'CON-01', 'DES-03']);
  });

  it('counts actions by status and overdue ones', () => {
    expect(d.actionsByStatus).toEqual({ planned: 1, 'in-progress': 0, done: 1, cancelled: 0 });
    expect(d.overdueActions).toBe(1);
  });

  it('measures coverage by HRBA principle from the items tagged with it', () => {
    const accountable = d.hrba.find((p) => p.principle === 'accountable')!;
    expect(accountable).toEqual({ principle: 'accountable', applicable: 6, answered: 5, met: 1 });
  });
});

describe('buildFullReport', () => {
  it('carries the summary, findings in priority order, actions, context and the cited sources', async () => {
    const a = scenario();
    const r = await buildFullReport(a, checklist, miniRegistry(), new Date('2026-11-22T09:00:00Z'));
    expect(r.meta.productName).toBe('Kestrel');
    expect(r.meta.assessmentHash).toBe(await sha256Hex(canonicalJson(a)));
    expect(r.summary).toMatchObject({ applicable: 6, answered: 5, percentAnswered: 83, findings: 4, openFindings: 3, overdueActions: 1 });
    expect(r.summary.redFlags.map((f) => f.key)).toEqual(['OPS-03']);
    expect(r.summary.redFlags[0]!.redFlagReason).toBe('No remedy at all.');
    expect(r.findings.map((f) => [f.rank, f.key])).toEqual([[1, 'OPS-03'], [2, 'CON-01'], [3, 'DES-03'], [4, 'OPS-01']]);
    // Not rated yet: the item's rights are only suggestions, and a report prints what the assessor chose.
    expect(r.findings[0]!.rights).toEqual([]);
    expect(r.findings[1]).toMatchObject({ severityScore: 11, likelihood: 2, status: 'open' });
    // Key actions: open and linked to a top risk, or overdue; a done action is not "key".
    expect(r.summary.keyActions.map((x) => x.description)).toEqual(['Publish a purpose statement']);
    expect(r.actions[0]).toMatchObject({ overdue: true, findings: ['CON-01'] });
    expect(r.stakeholders).toEqual([{ who: 'Residents’ association', how: 'workshop', when: '', whatChanged: '', groups: [] }]);
    expect(r.stages.find((s) => s.id === 'operation')!.items.find((i) => i.id === 'OPS-03')).toMatchObject({ answer: 'no', redFlag: true, notes: 'notes for OPS-03' });
    // The model carries codes and registry data; the words come from the renderers' catalogue.
    expect(r.sources.map((s) => [s.key, s.cited])).toEqual([
      ['UNGP', [{ kind: 'principle', source: 'UNGP', ref: '17', label: 'human rights due diligence' }]],
      ['glion-ix-2023', [{ kind: 'passage', doc: 'glion-ix-2023', document: 'Glion IX', refStyle: 'section', ref: 'P1-WAT', heading: "Part 1, 'Where are we today?'", voice: null }]],
    ]);
    expect(r.sources.map((s) => s.cited.map(citationText))).toEqual([['UNGP 17 — human rights due diligence'], ["Glion IX, Part 1, 'Where are we today?'"]]);
    expect(r.easyRead).toMatchObject({ open: 3, redFlags: 1 });
  });

  it('lists the good-practice notes of applicable questions only, in checklist order', async () => {
    const builder = applyChange(makeAssessment(), { type: 'triage.set', triage }, meta);
    const note = 'Review by a person who can override is good practice; no cited passage prescribes it.';
    const worded = miniChecklist(
      checklistInput([
        itemInput('CON-01', 'conception', { perspective: 'buyer', goodPractice: 'A buyer-only note that this profile never sees.' }),
        itemInput('CON-02', 'conception', { goodPractice: note }),
        itemInput('DES-01', 'design'),
      ]),
    );
    const r = await buildFullReport(builder, worded, miniRegistry(), new Date(T0));
    expect(r.goodPractice).toEqual([{ itemId: 'CON-02', question: worded.items[1]!.question, note }]);
    const without = await buildFullReport(builder, miniChecklist(checklistInput([itemInput('CON-02', 'conception')])), miniRegistry(), new Date(T0));
    expect(without.goodPractice).toEqual([]);
  });

  it('cites only sources of applicable items', async () => {
    // CON-01, a buyer item, carries the Glion citation; a builder's profile skips it, and so its source.
    const builder = applyChange(makeAssessment(), { type: 'triage.set', triage }, meta);
    const r = await buildFullReport(builder, miniChecklist(checklistInput([itemInput('CON-01', 'conception', { perspective: 'buyer', citations: [{ source: 'DOC', doc: 'glion-ix-2023', ref: 'Intro' }] }), itemInput('CON-02', 'conception')])), miniRegistry(), new Date(T0));
    expect(r.sources.map((s) => s.key)).toEqual(['UNGP']);
  });
});
