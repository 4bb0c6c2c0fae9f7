import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentRepository } from '../../../src/db';
import {
  applyChange,
  checklistMismatches,
  diffChecklists,
  planUpgrade,
  upgradeAssessment,
  upgradeProblems,
  type Assessment,
  type ChecklistRef,
} from '../../../src/domain';
import { checklistInput, defaultItems, itemInput, miniChecklist } from '../helpers/checklist';
import { answer, CHECKLIST_REF, makeAssessment, T1 } from '../helpers/assessment';
import { deleteAll, freshDb, steppingClock } from '../helpers/db';

afterEach(deleteAll);

const older = miniChecklist();
const NEW_REF: ChecklistRef = { id: 'mini', version: '1.1.0', contentHash: `sha256:${'b'.repeat(64)}` };

/**
 * 1.1.0 of the mini checklist: CON-01 reworded, DES-03's meaning changed, DES-02 applies
 * always now, CON-03 merged into the new CON-04, DEP-01 merged into CON-01, OPS-02 retired,
 * OPS-01 became a red flag, and OPS-03 is new.
 */
function newer() {
  const items = defaultItems()
    .filter((i) => !['CON-03', 'DEP-01', 'OPS-02'].includes(i.id))
    .map((i) => {
      if (i.id === 'CON-01') return { ...i, question: 'Question for CON-01, now in plainer words, still yes is good?' };
      if (i.id === 'DES-03') return { ...i, question: 'A sharper question for DES-03 that asks for more?' };
      if (i.id === 'DES-02') return { ...i, appliesWhen: undefined };
      if (i.id === 'OPS-01') return { ...i, redFlag: { reason: 'Stop.' } };
      return i;
    });
  items.push(itemInput('CON-04', 'conception'), itemInput('OPS-03', 'operation'));
  return miniChecklist({
    ...checklistInput(items),
    version: '1.1.0',
    upgradeFrom: {
      version: '1.0.0',
      items: {
        'DES-03': { change: 'meaning-changed', note: 'Now asks for an external review.' },
        'CON-03': { change: 'merged', into: 'CON-04' },
        'DEP-01': { change: 'merged', into: 'CON-01' },
        'OPS-02': { change: 'retired', note: 'Covered by the operation module.' },
      },
    },
  });
}

function answered(): Assessment {
  let a = { ...makeAssessment(), checklist: CHECKLIST_REF };
  const meta = { at: T1, by: 'Amina' };
  for (const [id, status] of [['CON-01', 'yes'], ['CON-02', 'no'], ['CON-03', 'partial'], ['DEP-01', 'no'], ['DES-03', 'yes'], ['OPS-02', 'unknown']] as const) {
    a = applyChange(a, answer(id, status, `notes on ${id}`), meta);
  }
  return a;
}

describe('diffChecklists', () => {
  it('names what happened to every item, reading meaning changes from upgradeFrom and the rest from the content', () => {
    const diff = diffChecklists(older, newer());
    const byId = Object.fromEntries(diff.items.map((r) => [r.id, r]));
    expect(Object.fromEntries(diff.items.map((r) => [r.id, r.change]))).toEqual({
      'CON-01': 'reworded',
      'CON-02': 'unchanged',
      'CON-03': 'merged',
      'DES-01': 'unchanged',
      'DES-02': 'unchanged',
      'DES-03': 'meaning-changed',
      'DEP-01': 'merged',
      'OPS-01': 'unchanged',
      'OPS-02': 'retired',
      'CON-04': 'new',
      'OPS-03': 'new',
    });
    // Each part that changed is named: the question's words, when it applies, its red flag.
    expect(byId['CON-01']!.aspects).toEqual([{ aspect: 'question', how: 'changed' }]);
    expect(byId['DES-02']!.aspects).toEqual([{ aspect: 'applies', how: 'changed' }]);
    expect(byId['OPS-01']!.aspects).toEqual([{ aspect: 'red-flag', how: 'added' }]);
    expect(byId['DES-02']!.ruleChanged).toBe(true);
    expect(byId['CON-01']!.ruleChanged).toBe(false);
    expect(byId['OPS-01']!.redFlagChanged).toBe(true);
    expect(byId['CON-03']).toMatchObject({ into: 'CON-04' });
    expect(byId['OPS-02']).toMatchObject({ note: 'Covered by the operation module.' });
  });

  it('reads a version against itself as unchanged throughout', () => {
    expect(new Set(diffChecklists(older, older).items.map((r) => r.change))).toEqual(new Set(['unchanged']));
  });
});

describe('upgradeAssessment', () => {
  it('carries answers whose meaning is unchanged, moves a merged answer to an unanswered successor, and lists the rest', () => {
    const before = answered();
    const { plan, assessment: after } = upgradeAssessment(before, older, newer(), NEW_REF, { at: T1, by: 'Amina' });
    expect(after.checklist).toEqual(NEW_REF);
    // Reworded and unchanged: carried as they were.
    expect(after.answers['CON-01']).toEqual(before.answers['CON-01']);
    expect(after.answers['CON-02']).toEqual(before.answers['CON-02']);
    // Merged into a new item: the answer moves there.
    expect(after.answers['CON-04']).toEqual(before.answers['CON-03']);
    expect(after.answers['CON-03']).toBeUndefined();
    // Merged into an answered item, or retired: gone from the answers, kept in the change.
    expect(after.answers['DEP-01']).toBeUndefined();
    expect(after.answers['OPS-02']).toBeUndefined();
    expect(plan.change.previous['DEP-01']).toEqual(before.answers['DEP-01']);
    expect(plan.change.previous['OPS-02']).toEqual(before.answers['OPS-02']);
    // Meaning changed: answer again, with the notes kept.
    expect(after.answers['DES-03']).toMatchObject({ status: null, notes: 'notes on DES-03' });
    expect(Object.fromEntries(plan.rows.map((r) => [r.id, r.outcome]))).toMatchObject({
      'CON-01': 'carried',
      'CON-03': 'moved',
      'DEP-01': 'check-successor',
      'DES-03': 'reanswer',
      'OPS-02': 'dropped',
      'OPS-03': 'unanswered',
    });
    // DES-01 belongs to the AI module, which this profile does not switch on.
    expect(plan.toAnswer).toEqual(['DES-02', 'DES-03', 'OPS-01', 'OPS-03']);
  });

  it('leaves nothing the new version does not know: findings on gone items become custom findings, unknown options leave the profile', () => {
    let before = answered();
    const meta = { at: T1, by: 'Amina' };
    const finding = (title: string) => ({ type: 'finding.set' as const, key: '', finding: { title, description: 'seen in the pilot', updatedAt: T1 } });
    before = applyChange(before, { ...finding(''), key: 'OPS-02' }, meta);
    before = applyChange(before, { ...finding('Merged away'), key: 'DEP-01' }, meta);
    before = applyChange(before, { type: 'action.set', action: { id: 'a1', findingKeys: ['OPS-02'], description: 'Fix it', dueDate: '' } }, meta);
    before = applyChange(before, { type: 'triage.set', triage: { role: 'builder', tech: ['ai', 'other'] } }, meta);
    const next = newer();
    const narrowed = { ...next, triage: next.triage.map((q) => (q.id === 'tech' ? { ...q, options: q.options.filter((o) => o.value !== 'other').concat({ value: 'iot', label: 'IoT' }) } : q)) };
    const { assessment: after } = upgradeAssessment(before, older, narrowed, NEW_REF, meta);
    expect(checklistMismatches(after, narrowed)).toEqual([]);
    expect(after.findings['F-OPS-02']).toMatchObject({ title: older.items.find((i) => i.id === 'OPS-02')!.question, description: 'seen in the pilot' });
    expect(after.findings['F-DEP-01']).toMatchObject({ title: 'Merged away' });
    expect(after.actions[0]!.findingKeys).toEqual(['F-OPS-02']);
    expect(after.triage).toEqual({ role: 'builder', tech: ['ai'] });
  });

  it('refuses an upgrade that does not start from the version the assessment uses', () => {
    const a = answered();
    const plan = planUpgrade(a, older, newer(), NEW_REF);
    const other = { ...a, checklist: { ...CHECKLIST_REF, version: '0.9.0' } };
    expect(() => applyChange(other, plan.change, { at: T1, by: '' })).toThrow(/starts from mini 1\.0\.0, but the assessment uses mini 0\.9\.0/);
  });

  it('is stored through the one write path, so the trail records it', async () => {
    const db = freshDb();
    const repo = assessmentRepository(db, steppingClock());
    const created = await repo.create(answered(), 'Amina');
    const plan = planUpgrade(created, older, newer(), NEW_REF);
    const stored = await repo.commit(created.id, plan.change, 'Amina');
    expect(stored.checklist.version).toBe('1.1.0');
    const last = (await repo.trail(created.id)).at(-1)!;
    expect(last.change).toMatchObject({ type: 'checklist.upgrade', from: CHECKLIST_REF, to: NEW_REF, moved: { 'CON-03': 'CON-04' }, reset: ['DES-03'] });
  });
});

describe('upgradeProblems', () => {
  it('accepts a truthful upgradeFrom', () => {
    expect(upgradeProblems(older, newer())).toEqual([]);
  });

  it('refuses an id that disappears unlisted, a merge into nothing, and a retired id still present', () => {
    const n = newer();
    const broken = {
      ...n,
      items: n.items.filter((i) => i.id !== 'CON-02'),
      upgradeFrom: { version: '1.0.0', items: { ...n.upgradeFrom!.items, 'CON-03': { change: 'merged' as const, into: 'CON-99' }, 'DES-01': { change: 'retired' as const } } },
    };
    expect(upgradeProblems(older, broken).map((p) => p.message)).toEqual([
      'CON-02 is gone from 1.1.0: list it as merged (with "into") or retired; ids are never dropped silently',
      'a merged item names the item that carries it on ("into"), one that exists in 1.1.0',
      'DES-01 is listed as retired but is still in 1.1.0; a retired id is never reused',
    ]);
  });
});
