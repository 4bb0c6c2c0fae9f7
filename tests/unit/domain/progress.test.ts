import { describe, expect, it } from 'vitest';
import { applyChange, isAnswered, percentAnswered, resolveChecklist, stageCompletion, unansweredItems, type Assessment } from '../../../src/domain';
import { answer, makeAssessment, T1 } from '../helpers/assessment';
import { miniChecklist } from '../helpers/checklist';

// For a builder without AI or emergency: CON-01, CON-02 | DES-03 | (none) | OPS-01, OPS-02.
const resolved = resolveChecklist(miniChecklist(), { role: 'builder', tech: ['other'], emergency: false });
const answerAll = (a: Assessment, changes: ReturnType<typeof answer>[]) => changes.reduce((acc, c) => applyChange(acc, c, { at: T1, by: '' }), a);

describe('progress', () => {
  it('counts any status, including not-applicable and unknown, as answered; a cleared answer is not', () => {
    const a = answerAll(makeAssessment(), [answer('CON-01', 'not-applicable'), answer('CON-02', 'unknown'), answer('OPS-01', 'yes'), answer('OPS-01', null)]);
    expect(isAnswered(a, 'CON-01')).toBe(true);
    expect(isAnswered(a, 'CON-02')).toBe(true);
    expect(isAnswered(a, 'OPS-01')).toBe(false);
    expect(isAnswered(a, 'DES-03')).toBe(false);
  });

  it('reports completion per stage over applicable items only', () => {
    const a = answerAll(makeAssessment(), [answer('CON-01', 'yes'), answer('CON-03', 'yes'), answer('OPS-02', 'no')]);
    expect(stageCompletion(a, resolved)).toEqual([
      { stage: 'conception', applicable: 2, answered: 1 },
      { stage: 'design', applicable: 1, answered: 0 },
      { stage: 'deployment', applicable: 0, answered: 0 },
      { stage: 'operation', applicable: 2, answered: 1 },
    ]);
  });

  it('rounds the percentage down, so 100 means every applicable item is answered', () => {
    const four = answerAll(makeAssessment(), [answer('CON-01', 'yes'), answer('CON-02', 'yes'), answer('DES-03', 'yes'), answer('OPS-01', 'yes')]);
    expect(percentAnswered(four, resolved)).toBe(80);
    const two = answerAll(makeAssessment(), [answer('CON-01', 'yes'), answer('CON-03', 'yes'), answer('DES-03', 'yes')]);
    expect(percentAnswered(two, resolved)).toBe(40);
    expect(percentAnswered(answerAll(four, [answer('OPS-02', 'no')]), resolved)).toBe(100);
  });

  it('gives 0 percent when no item applies', () => {
    const emptied = { ...resolved, applicable: { conception: [], design: [], deployment: [], operation: [] } };
    expect(percentAnswered(makeAssessment(), emptied)).toBe(0);
  });

  it('lists unanswered applicable items in walk order', () => {
    const a = answerAll(makeAssessment(), [answer('CON-02', 'yes')]);
    expect(unansweredItems(a, resolved).map((i) => i.id)).toEqual(['CON-01', 'DES-03', 'OPS-01', 'OPS-02']);
  });
});
