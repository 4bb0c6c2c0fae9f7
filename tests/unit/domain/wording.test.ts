import { describe, expect, it } from 'vitest';
import { buildFullReport } from '../../../src/domain/report/fullReport';
import { isBuyerAssessment, questionFor } from '../../../src/domain';
import { checklistInput, defaultItems, miniChecklist, miniRegistry } from '../helpers/checklist';
import { makeAssessment } from '../helpers/assessment';

const items = defaultItems().map((i) => (i.id === 'CON-01' ? { ...i, questionBuyer: 'Did the vendor show you, before the contract, that CON-01 holds?' } : i));
const checklist = miniChecklist(checklistInput(items));

describe('buyer wording', () => {
  it('reads the buyer’s wording only for a buyer, and only where an item has one', () => {
    const con01 = checklist.items.find((i) => i.id === 'CON-01')!;
    const con02 = checklist.items.find((i) => i.id === 'CON-02')!;
    expect(isBuyerAssessment(checklist, { role: 'buyer' })).toBe(true);
    expect(isBuyerAssessment(checklist, { role: 'builder' })).toBe(false);
    expect(questionFor(con01, true)).toBe(con01.questionBuyer);
    expect(questionFor(con01, false)).toBe(con01.question);
    expect(questionFor(con02, true)).toBe(con02.question);
  });

  it('prints the buyer’s wording in a buyer’s report and the builder’s in a builder’s', async () => {
    const asked = async (role: string) => {
      const report = await buildFullReport({ ...makeAssessment(), triage: { role } }, checklist, miniRegistry(), new Date('2026-03-01T00:00:00Z'));
      return report.stages.flatMap((s) => s.items).find((i) => i.id === 'CON-01')?.question;
    };
    expect(await asked('buyer')).toBe('Did the vendor show you, before the contract, that CON-01 holds?');
    expect(await asked('builder')).toBe(checklist.items[0]!.question);
  });
});
