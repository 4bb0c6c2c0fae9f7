import { describe, expect, it } from 'vitest';
import { activeModules, checklistProblems, perspectivesFor, resolveChecklist, STAGES, type Checklist } from '../../../src/domain';
import { checklistInput, defaultItems, itemInput, miniChecklist, miniRegistry } from '../helpers/checklist';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const skippedIds = (c: Checklist, triage: Parameters<typeof resolveChecklist>[1]) =>
  Object.fromEntries(
    STAGES.flatMap((s) => resolveChecklist(c, triage).skipped[s].map(({ item, reason }) => [item.id, reason] as const)),
  );

describe('perspectivesFor', () => {
  const c = miniChecklist();

  it('maps the role answer to its perspectives', () => {
    expect([...perspectivesFor(c, { role: 'builder' })].sort()).toEqual(['both', 'builder']);
  });

  it('keeps every perspective before the role is answered, or when the answer is unmapped', () => {
    expect([...perspectivesFor(c, {})].sort()).toEqual(['both', 'builder', 'buyer']);
    expect([...perspectivesFor(c, { role: 'stranger' })].sort()).toEqual(['both', 'builder', 'buyer']);
  });
});

describe('resolveChecklist', () => {
  const c = miniChecklist();

  it('gives a builder the builder and shared items only, in checklist order', () => {
    const r = resolveChecklist(c, { role: 'builder', tech: ['other'], emergency: false });
    expect(ids(r.applicable.conception)).toEqual(['CON-01', 'CON-02']);
    expect(ids(r.applicable.design)).toEqual(['DES-03']);
    expect(ids(r.applicable.deployment)).toEqual([]);
    expect(ids(r.applicable.operation)).toEqual(['OPS-01', 'OPS-02']);
  });

  it('gives a buyer the buyer items instead', () => {
    const r = resolveChecklist(c, { role: 'buyer', tech: ['other'], emergency: false });
    expect(ids(r.applicable.conception)).toEqual(['CON-01', 'CON-03']);
    expect(ids(r.applicable.deployment)).toEqual(['DEP-01']);
    expect(ids(r.applicable.operation)).toEqual(['OPS-01']);
  });

  it('records why each item was skipped, so none is dropped silently', () => {
    expect(skippedIds(c, { role: 'builder', tech: ['other'], emergency: false })).toEqual({
      'CON-03': 'perspective',
      'DES-01': 'module',
      'DES-02': 'rule',
      'DEP-01': 'perspective',
    });
  });

  it('includes a module item when the triage activates its module, and a rule item when its rule holds', () => {
    const r = resolveChecklist(c, { role: 'builder', tech: ['ai'], emergency: true });
    expect(ids(r.applicable.design)).toEqual(['DES-01', 'DES-02', 'DES-03']);
    expect([...r.activeModules]).toEqual(['ai']);
  });

  it('checks perspective before module: a buyer item in an inactive module is skipped for perspective', () => {
    const input = checklistInput([...defaultItems(), itemInput('DES-04', 'design', { perspective: 'buyer', module: 'ai' })]);
    expect(skippedIds(miniChecklist(input), { role: 'builder' })['DES-04']).toBe('perspective');
  });

  it('puts every item in exactly one of applicable or skipped, and applicableIds matches applicable', () => {
    const r = resolveChecklist(c, { role: 'buyer', tech: ['ai'] });
    const applicable = STAGES.flatMap((s) => ids(r.applicable[s]));
    const skipped = STAGES.flatMap((s) => r.skipped[s].map((x) => x.item.id));
    expect([...applicable, ...skipped].sort()).toEqual(ids(c.items).sort());
    expect([...r.applicableIds].sort()).toEqual([...applicable].sort());
  });

  it('is deterministic: the same triage gives the same result', () => {
    const triage = { role: 'buyer', tech: ['ai'], emergency: true };
    const a = resolveChecklist(c, triage);
    const b = resolveChecklist(c, triage);
    expect(STAGES.map((s) => ids(a.applicable[s]))).toEqual(STAGES.map((s) => ids(b.applicable[s])));
  });
});

describe('activeModules', () => {
  it('activates only modules whose rule holds', () => {
    const input = checklistInput();
    input.modules = [
      { id: 'ai', title: 'AI', description: 'AI', activeWhen: { answer: 'tech', includesAny: ['ai'] } },
      { id: 'crisis', title: 'Crisis', description: 'Crisis', activeWhen: { answer: 'emergency', is: true } },
    ];
    expect([...activeModules(miniChecklist(input), { tech: ['ai'], emergency: false })]).toEqual(['ai']);
  });

  // The validator accepts a module rule that reads another module (it checks the
  // module exists), so resolution must honour it; today modules are evaluated
  // against an empty module set and such a module can never become active.
  it('decides modules from triage answers alone, so a module rule reading a module is refused by validation', () => {
    const input = checklistInput();
    input.modules = [
      { id: 'ai', title: 'AI', description: 'AI', activeWhen: { answer: 'tech', includesAny: ['ai'] } },
      { id: 'ai-crisis', title: 'AI in a crisis', description: 'x', activeWhen: { all: [{ module: 'ai' }, { answer: 'emergency', is: true }] } },
    ];
    const checklist = miniChecklist(input);
    expect(checklistProblems(checklist, miniRegistry())).toContainEqual({
      path: 'modules[1].activeWhen',
      message: 'a module is switched on by triage answers only; it cannot read another module',
    });
    expect([...activeModules(checklist, { tech: ['ai'], emergency: true })]).toEqual(['ai']);
  });
});
