import { describe, expect, it } from 'vitest';
import { checklistProblems, restoreChecklist, type ChecklistInput } from '../../../src/domain';
import { checklistInput, defaultItems, itemInput, miniChecklist, miniRegistry } from '../helpers/checklist';

const registry = miniRegistry();
const problemsOf = (input: ChecklistInput) => checklistProblems(miniChecklist(input), registry);
const withItems = (...extra: ChecklistInput['items']) => checklistInput([...defaultItems(), ...extra]);

describe('checklistProblems', () => {
  it('finds nothing wrong with a consistent checklist', () => {
    expect(problemsOf(checklistInput())).toEqual([]);
  });

  it('reports a duplicated item id at the second occurrence', () => {
    expect(problemsOf(withItems(itemInput('CON-01', 'design')))).toEqual([
      { path: 'items[9] (CON-01).id', message: '"CON-01" is used twice' },
    ]);
  });

  it('reports a rule that reads a question which does not exist', () => {
    expect(problemsOf(withItems(itemInput('DES-09', 'design', { appliesWhen: { answer: 'colour', is: 'red' } })))).toEqual([
      { path: 'items[9] (DES-09).appliesWhen', message: 'reads triage question "colour", which does not exist' },
    ]);
  });

  it('reports a rule that compares with an option the question does not offer', () => {
    const p = problemsOf(withItems(itemInput('DES-09', 'design', { appliesWhen: { answer: 'tech', includesAny: ['ai', 'quantum'] } })));
    expect(p).toEqual([{ path: 'items[9] (DES-09).appliesWhen', message: '"tech" has no option "quantum"' }]);
  });

  it('reports a yes/no question compared with a string', () => {
    const p = problemsOf(withItems(itemInput('DES-09', 'design', { appliesWhen: { answer: 'emergency', is: 'yes' } })));
    expect(p.map((x) => x.message)).toEqual(['"emergency" is a yes/no question: compare it with true or false']);
  });

  it('accepts any value for a free-text question', () => {
    expect(problemsOf(withItems(itemInput('DES-09', 'design', { appliesWhen: { answer: 'where', is: 'Kenya' } })))).toEqual([]);
  });

  it('reports unknown modules in items and in rules, including module rules', () => {
    const input = withItems(itemInput('DES-09', 'design', { module: 'ghost', appliesWhen: { module: 'phantom' } }));
    input.modules = [...(input.modules ?? []), { id: 'x', title: 'X', description: 'X', activeWhen: { module: 'nowhere' } }];
    expect(problemsOf(input)).toEqual([
      { path: 'modules[1].activeWhen', message: 'reads module "nowhere", which does not exist' },
      { path: 'modules[1].activeWhen', message: 'a module is switched on by triage answers only; it cannot read another module' },
      { path: 'items[9] (DES-09).module', message: 'module "ghost" does not exist' },
      { path: 'items[9] (DES-09).appliesWhen', message: 'reads module "phantom", which does not exist' },
    ]);
  });

  it('reports undeclared groups, rights missing from the registry and unresolvable citations', () => {
    const p = problemsOf(
      withItems(
        itemInput('DES-09', 'design', {
          groups: ['users', 'aliens'],
          rights: ['privacy', 'flight'],
          citations: [{ source: 'UNGP', ref: '17' }, { source: 'UNGP', ref: '18' }],
        }),
      ),
    );
    expect(p).toEqual([
      { path: 'items[9] (DES-09).groups', message: 'group "aliens" is not declared in the checklist' },
      { path: 'items[9] (DES-09).rights', message: 'right "flight" is not in the sources registry' },
      { path: 'items[9] (DES-09).citations[1]', message: 'UNGP 18 is not in the sources registry' },
    ]);
  });

  it('reports a perspective question that is not single-choice', () => {
    const input = checklistInput();
    input.perspective = { question: 'tech', map: { ai: ['builder'], other: ['buyer'] } };
    expect(problemsOf(input)).toEqual([
      { path: 'perspective.question', message: 'must name a single-choice triage question, not "tech"' },
    ]);
  });

  it('reports a role answer the perspective map does not cover', () => {
    const input = checklistInput();
    input.perspective = { question: 'role', map: { builder: ['builder', 'both'] } };
    expect(problemsOf(input)).toEqual([{ path: 'perspective.map', message: 'says nothing about the answer "buyer"' }]);
  });

  it('reports duplicated triage questions and choices with fewer than two options', () => {
    const input = checklistInput();
    input.triage = [
      ...input.triage,
      { id: 'where', kind: 'text', question: 'Again?' },
      { id: 'lonely', kind: 'multi', question: 'One?', options: [{ value: 'a', label: 'A' }] },
    ];
    expect(problemsOf(input)).toEqual([
      { path: 'triage[4].id', message: '"where" is used twice' },
      { path: 'triage[5].options', message: 'a choice needs at least two options' },
    ]);
  });

  it('reports every problem, not only the first', () => {
    const p = problemsOf(withItems(itemInput('DES-09', 'design', { module: 'ghost', groups: ['aliens'] }), itemInput('DES-09', 'design')));
    expect(p).toHaveLength(3);
  });

  // Lookups such as `sections[ref]` and `rights[id]` on plain objects also find
  // inherited properties, so "constructor" resolves to Object and passes.
  it('does not accept a right named after an Object.prototype property', () => {
    const p = problemsOf(withItems(itemInput('DES-09', 'design', { rights: ['constructor'] })));
    expect(p).toEqual([{ path: 'items[9] (DES-09).rights', message: 'right "constructor" is not in the sources registry' }]);
  });
});

describe('policy 3: help on every profile choice, a gap title on every item', () => {
  const HELP = 'What this covers, for example this or that.';
  /** A checklist that meets policy 3 in full, then `spoil` takes one thing away. */
  const policy3 = (spoil: (input: ChecklistInput) => void = () => {}) => {
    const input: ChecklistInput = { ...checklistInput(), policy: 3 };
    input.triage = input.triage.map((q) => ({ ...q, ...(q.kind === 'boolean' ? { help: HELP } : {}), options: (q.options ?? []).map((o) => ({ ...o, help: HELP })) }));
    input.items = input.items.map((item) => ({ ...item, gapTitle: `No answer to ${item.id}` }));
    spoil(input);
    return input;
  };

  it('accepts a checklist that explains every choice and titles every gap', () => {
    expect(problemsOf(policy3())).toEqual([]);
  });

  it('refuses an option without help, a yes/no question without help and an item without a gap title, each by path', () => {
    const input = policy3((c) => {
      c.triage[1] = { ...c.triage[1]!, options: c.triage[1]!.options!.map((o, k) => (k === 1 ? { value: o.value, label: o.label } : o)) };
      c.triage[2] = { ...c.triage[2]!, help: undefined };
      c.items[4] = { ...c.items[4]!, gapTitle: undefined };
    });
    const restored = restoreChecklist(input, registry);
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.problems).toEqual([
      { path: 'triage[1] (tech).options[1] (other).help', message: 'every profile option says what it covers, with examples (policy 3)' },
      { path: 'triage[2] (emergency).help', message: 'a yes/no profile question explains what counts as yes, with examples (policy 3)' },
      { path: `items[4] (${input.items[4]!.id}).gapTitle`, message: 'every item has a title that names the gap, for its finding (policy 3)' },
    ]);
  });

  it('leaves both optional under policy 2, so released versions stay valid', () => {
    expect(problemsOf({ ...checklistInput(), policy: 2 })).toEqual([]);
  });
});

describe('restoreChecklist', () => {
  it('returns the parsed checklist with defaults filled in', () => {
    const result = restoreChecklist(checklistInput(), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.checklist.items[0]?.rights).toEqual([]);
    expect(result.checklist.items[0]?.principles.pi).toEqual([]);
  });

  it('reports shape problems with their path before cross-checking', () => {
    const input = checklistInput();
    const bad = { ...input, items: [{ ...input.items[0], id: 'con-1' }] };
    const result = restoreChecklist(bad, registry);
    expect(result).toEqual({ ok: false, problems: [{ path: 'items[0].id', message: 'an item id looks like CON-01' }] });
  });

  it('reports stages out of lifecycle order', () => {
    const input = checklistInput();
    const [a, b, c, d] = input.stages;
    const result = restoreChecklist({ ...input, stages: [b, a, c, d] }, registry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toBe('stages must be conception, design, deployment, operation, in that order');
  });

  it('reports cross-reference problems of a well-shaped checklist', () => {
    const result = restoreChecklist(withItems(itemInput('DES-09', 'design', { groups: ['aliens'] })), registry);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'items[9] (DES-09).groups', message: 'group "aliens" is not declared in the checklist' }],
    });
  });
});
