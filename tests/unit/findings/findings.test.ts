import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../../../src/domain/problems';
import {
  applyChange,
  compareFindings,
  deriveFindings,
  FindingRecordSchema,
  prioritiseFindings,
  resolveChecklist,
  severityLevel,
  severityScore,
  type Assessment,
  type Finding,
  type FindingRecordInput,
} from '../../../src/domain';
import { answer, makeAssessment, T0 } from '../helpers/assessment';
import { checklistInput, defaultItems, itemInput, miniChecklist } from '../helpers/checklist';

const meta = { at: T0, by: 'tester' };
const checklist = miniChecklist(
  checklistInput([
    ...defaultItems(),
    itemInput('OPS-03', 'operation', { redFlag: { triggers: ['no'], reason: 'No remedy at all.' }, rights: ['privacy'], groups: ['users'] }),
  ]),
);
const resolved = resolveChecklist(checklist, { role: 'builder', tech: [], emergency: false });

function withAnswers(pairs: [string, 'yes' | 'partial' | 'no' | 'unknown' | 'not-applicable'][]): Assessment {
  return pairs.reduce((a, [id, status]) => applyChange(a, answer(id, status), meta), makeAssessment());
}
function rate(a: Assessment, key: string, record: Partial<FindingRecordInput>): Assessment {
  return applyChange(a, { type: 'finding.set', key, finding: { updatedAt: T0, ...record } }, meta);
}

describe('deriveFindings', () => {
  it('yields a finding for each applicable item answered no, partly or unknown, and none for yes or not applicable', () => {
    const a = withAnswers([['CON-01', 'no'], ['DES-03', 'partial'], ['OPS-01', 'unknown'], ['CON-02', 'yes'], ['OPS-02', 'not-applicable']]);
    expect(deriveFindings(a, resolved).map((f) => [f.key, f.answer])).toEqual([
      ['CON-01', 'no'],
      ['DES-03', 'partial'],
      ['OPS-01', 'unknown'],
    ]);
  });

  it('ignores answers to items the profile made inapplicable', () => {
    // CON-03 is a buyer item; this profile is a builder's.
    expect(deriveFindings(withAnswers([['CON-03', 'no']]), resolved)).toEqual([]);
  });

  it('offers the item’s rights and groups as suggestions, never as chosen, and marks a raised red flag', () => {
    const [f] = deriveFindings(withAnswers([['OPS-03', 'no']]), resolved);
    expect(f).toMatchObject({ key: 'OPS-03', redFlag: true, rights: [], groups: [], suggested: { rights: ['privacy'], groups: ['users'] }, status: 'open', stored: false });
    expect(f!.title).toBe(`Gap: ${checklist.items.find((i) => i.id === 'OPS-03')!.question}`);
    // Once the assessor confirms one, it is chosen and no longer a suggestion.
    const confirmed = deriveFindings(rate(withAnswers([['OPS-03', 'no']]), 'OPS-03', { rights: ['privacy'] }), resolved)[0]!;
    expect(confirmed).toMatchObject({ rights: ['privacy'], groups: [], suggested: { rights: [], groups: ['users'] } });
  });

  it('titles an item finding with the gap the item words, else its question, and a title the person wrote wins', () => {
    const gapTitle = 'No remedy for people harmed';
    const worded = miniChecklist(checklistInput([...defaultItems(), itemInput('OPS-03', 'operation', { gapTitle })]));
    const res = resolveChecklist(worded, { role: 'builder', tech: [], emergency: false });
    const a = withAnswers([['OPS-03', 'no'], ['CON-01', 'no']]);
    expect(deriveFindings(a, res).map((f) => [f.key, f.title])).toEqual([
      ['CON-01', `Gap: ${worded.items.find((i) => i.id === 'CON-01')!.question}`],
      ['OPS-03', gapTitle],
    ]);
    expect(deriveFindings(rate(a, 'OPS-03', { title: 'Our own title' }), res).find((f) => f.key === 'OPS-03')!.title).toBe('Our own title');
  });

  it('does not raise the red flag for an answer that is not one of its triggers', () => {
    expect(deriveFindings(withAnswers([['OPS-03', 'partial']]), resolved)[0]!.redFlag).toBe(false);
  });

  it('keeps a rating when the answer goes to yes and back', () => {
    let a = rate(withAnswers([['CON-01', 'no']]), 'CON-01', { likelihood: 3 });
    a = applyChange(a, answer('CON-01', 'yes'), meta);
    expect(deriveFindings(a, resolved)).toEqual([]);
    a = applyChange(a, answer('CON-01', 'partial'), meta);
    expect(deriveFindings(a, resolved)[0]).toMatchObject({ key: 'CON-01', likelihood: 3, stored: true });
  });

  it('lists findings people added themselves after the item findings', () => {
    const a = rate(withAnswers([['CON-01', 'no']]), 'F-abc', { title: 'Vendor lock-in' });
    expect(deriveFindings(a, resolved).map((f) => [f.key, f.origin, f.title])).toEqual([
      ['CON-01', 'item', `Gap: ${checklist.items[0]!.question}`],
      ['F-abc', 'custom', 'Vendor lock-in'],
    ]);
  });

  it('removing a custom finding also unlinks it from actions', () => {
    let a = rate(makeAssessment(), 'F-x', { title: 'x' });
    a = applyChange(a, { type: 'action.set', action: { id: 'a1', description: 'Fix it', findingKeys: ['F-x'] } }, meta);
    a = applyChange(a, { type: 'finding.remove', key: 'F-x' }, meta);
    expect(a.findings).toEqual({});
    expect(a.actions[0]!.findingKeys).toEqual([]);
  });
});

describe('finding records', () => {
  it('refuse to accept a risk without a rationale', () => {
    const r = FindingRecordSchema.safeParse({ status: 'accepted', updatedAt: T0 });
    expect(r.success).toBe(false);
    expect(formatZodIssues(r.error!.issues)).toEqual([{ path: 'rationale', code: 'missing', values: { what: 'acceptance-reason' } }]);
    expect(FindingRecordSchema.safeParse({ status: 'accepted', rationale: 'Residual risk is low', updatedAt: T0 }).success).toBe(true);
  });

  it('only take levels 1 to 4', () => {
    expect(FindingRecordSchema.safeParse({ likelihood: 5, updatedAt: T0 }).success).toBe(false);
    expect(FindingRecordSchema.safeParse({ severity: { scale: 0, scope: 1, irremediability: 1 }, updatedAt: T0 }).success).toBe(false);
  });
});

describe('severity', () => {
  it('scores the sum of scale, scope and irremediability, and nothing until all three are rated', () => {
    expect(severityScore({ scale: 4, scope: 2, irremediability: 3 })).toBe(9);
    expect(severityScore({ scale: 4, scope: null, irremediability: 3 })).toBeNull();
  });

  it('maps to one level of 1–4 for the heat map: the highest dimension, never diluted by the others (UNGP 14)', () => {
    expect(severityLevel({ scale: 1, scope: 1, irremediability: 1 })).toBe(1);
    expect(severityLevel({ scale: 2, scope: 2, irremediability: 3 })).toBe(3);
    expect(severityLevel({ scale: 4, scope: 1, irremediability: 1 })).toBe(4); // harm to life, few people, reversible: still grave
    expect(severityLevel({ scale: 1, scope: 1, irremediability: 4 })).toBe(4);
    expect(severityLevel({ scale: 4, scope: 4, irremediability: 4 })).toBe(4);
    expect(severityLevel({ scale: null, scope: 4, irremediability: 4 })).toBeNull();
  });
});

describe('prioritisation (UNGP 24)', () => {
  const f = (key: string, over: Partial<Finding> = {}): Finding => ({
    key, origin: 'item', itemId: key, stage: 'design', answer: 'no', redFlag: false, stored: true, updatedAt: T0, suggested: { rights: [], groups: [] },
    title: key, description: '', rights: [], groups: [], leverage: '', rationale: '', involvement: null, status: 'open',
    severity: { scale: null, scope: null, irremediability: null }, likelihood: null, ...over,
  });
  const sev = (scale: number, scope: number, irremediability: number) => ({ severity: { scale, scope, irremediability } });

  it('puts a raised red flag first even when it is unrated and others are grave', () => {
    const order = prioritiseFindings([f('DES-01', sev(4, 4, 4)), f('DES-02', { redFlag: true })]);
    expect(order.map((x) => x.key)).toEqual(['DES-02', 'DES-01']);
  });

  it('then orders by severity, ties broken by the least remediable, then by likelihood', () => {
    const order = prioritiseFindings([
      f('DES-01', { ...sev(2, 2, 2), likelihood: 4 }),
      f('DES-02', { ...sev(3, 3, 1), likelihood: 1 }),
      f('DES-03', { ...sev(1, 2, 4), likelihood: 1 }),
      f('DES-04', { ...sev(1, 2, 4), likelihood: 3 }),
    ]);
    // 7 (irr 1) and 7 (irr 4): the least remediable wins; equal severity and irremediability: the likelier wins.
    expect(order.map((x) => x.key)).toEqual(['DES-04', 'DES-03', 'DES-02', 'DES-01']);
  });

  it('ranks by the highest dimension before the sum: a grave harm to few people comes before a moderate harm to many', () => {
    const order = prioritiseFindings([f('DES-01', { ...sev(3, 3, 3), likelihood: 2 }), f('DES-02', { ...sev(4, 1, 1), likelihood: 2 })]);
    expect(order.map((x) => x.key)).toEqual(['DES-02', 'DES-01']);
  });

  it('puts unrated findings after rated ones and resolved findings last', () => {
    const order = prioritiseFindings([f('DES-01'), f('DES-02', { ...sev(1, 1, 1), status: 'resolved', redFlag: true }), f('DES-03', sev(1, 1, 1))]);
    expect(order.map((x) => x.key)).toEqual(['DES-03', 'DES-01', 'DES-02']);
  });

  it('is a total order: equal findings keep the lifecycle order', () => {
    const a = f('OPS-01', { stage: 'operation' });
    const b = f('CON-01', { stage: 'conception' });
    expect(compareFindings(a, b)).toBeGreaterThan(0);
    expect(compareFindings(b, a)).toBeLessThan(0);
    expect(compareFindings(a, a)).toBe(0);
  });
});
