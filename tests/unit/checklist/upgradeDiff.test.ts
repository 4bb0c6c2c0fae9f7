/**
 * The item-by-item diff on the real bundled content: 1.2.0 added a gap title to every item that
 * had none (and reworded one), which changes no answer's meaning, so nothing is listed to read
 * again and the 104 guidance-only items fold into two groups; 1.0.0 → 1.1.0 says precisely what
 * changed per item and keeps the items to read again apart from the guidance-only ones.
 */
import { describe, expect, it } from 'vitest';
import { diffChecklists, diffProfiles, guidanceGroups, needsRereading, type ItemDiff } from '../../../src/domain';
import { aspectsText, changeText } from '../../../src/words/upgrade';
import { bundledChecklistVersion } from '../helpers/bundled';

const diff = async (from: string, to: string) => diffChecklists((await bundledChecklistVersion(from)).checklist, (await bundledChecklistVersion(to)).checklist);
const row = (rows: readonly ItemDiff[], id: string) => rows.find((r) => r.id === id)!;
const asRow = (r: ItemDiff) => ({ ...r, outcome: 'carried' as const, applicable: true });

describe('1.1.0 → 1.2.0', () => {
  it('lists no item to read again: only gap titles changed, grouped in two lines', async () => {
    const { items } = await diff('1.1.0', '1.2.0');
    expect(items).toHaveLength(128);
    expect(items.filter(needsRereading)).toEqual([]);
    // Every item either kept its content or changed only its gap title.
    expect(new Set(items.map((r) => r.change))).toEqual(new Set(['unchanged', 'guidance']));
    const groups = guidanceGroups(items);
    expect(groups.map((g) => ({ what: aspectsText(g.aspects), count: g.ids.length }))).toEqual([
      { what: 'Gap title added', count: 103 },
      { what: 'Gap title changed', count: 1 },
    ]);
    expect(groups[1]!.ids).toEqual(['DES-17']);
    // The 24 unchanged items are the ones 1.1.0 had already given a gap title (its red flags), but for DES-17.
    const unchanged = items.filter((r) => r.change === 'unchanged');
    expect(unchanged).toHaveLength(24);
    for (const r of unchanged) expect(r.before!.gapTitle, r.id).toBeDefined();
    expect(row(items, 'CON-01')).toMatchObject({ change: 'guidance', aspects: [{ aspect: 'gap-title', how: 'added' }], ruleChanged: false, redFlagChanged: false });
  });
});

describe('1.0.0 → 1.1.0', () => {
  it('says precisely what changed per item, and keeps guidance-only changes out of the items to read again', async () => {
    const { items } = await diff('1.0.0', '1.1.0');
    // The buyer's wording was added: the question a buyer reads is new, so the item is to read again.
    expect(row(items, 'CON-13')).toMatchObject({
      change: 'reworded',
      aspects: [
        { aspect: 'buyer-question', how: 'added' },
        { aspect: 'easy-read', how: 'changed' },
      ],
    });
    expect(changeText(asRow(row(items, 'CON-13')))).toBe('Reworded, meaning unchanged: buyer’s wording of the question added; easy-read wording changed');
    // Its words only helped answer, but its red flag now rises on other answers: to read again, and said first.
    const flagged = row(items, 'CON-04');
    expect(flagged.change).toBe('guidance');
    expect(flagged.aspects[0]).toEqual({ aspect: 'red-flag', how: 'changed' });
    expect(needsRereading(flagged)).toBe(true);
    expect(changeText(asRow(flagged))).toMatch(/^Red-flag rule changed; easy-read wording changed; gap title added/);
    // Applies in other cases.
    expect(changeText(asRow(row(items, 'CON-28')))).toBe('Applies in different cases; easy-read wording changed');
    // Meaning changed (listed by the content's authors), with every part that changed.
    expect(changeText(asRow(row(items, 'OPS-10')))).toBe(
      'Meaning changed: question reworded; easy-read wording changed; “what good looks like” changed; evidence an auditor would ask for changed; groups changed',
    );
    // Only the easy-read wording: guidance, not to read again.
    expect(row(items, 'CON-02')).toMatchObject({ change: 'guidance', aspects: [{ aspect: 'easy-read', how: 'changed' }] });
    expect(needsRereading(row(items, 'CON-02'))).toBe(false);

    const reread = items.filter(needsRereading);
    const groups = guidanceGroups(items);
    expect(reread).toHaveLength(64);
    expect(groups.reduce((n, g) => n + g.ids.length, 0)).toBe(72);
    expect(reread.length + 72).toBe(items.filter((r) => r.change !== 'unchanged' || needsRereading(r)).length);
    expect(groups.map((g) => `${aspectsText(g.aspects)} (${g.ids.length})`)).toEqual([
      'Easy-read wording changed (44)',
      'Easy-read wording changed; sources changed (20)',
      'Easy-read wording changed; good-practice note added; sources changed (5)',
      'Easy-read wording changed; good-practice note added (3)',
    ]);
  });
});

describe('profile questions', () => {
  it('1.0.0 → 1.1.0: renamed and added options are named; a changed help is counted apart', async () => {
    const profile = diffProfiles((await bundledChecklistVersion('1.0.0')).checklist, (await bundledChecklistVersion('1.1.0')).checklist);
    expect(profile.changed.map((q) => q.id)).toEqual(['technology', 'setting']);
    const setting = profile.changed.find((q) => q.id === 'setting')!;
    expect(setting.changes.map((c) => c.kind).sort()).toEqual(['option-added', 'option-renamed', 'option-renamed']);
    expect(profile.changed[0]!.changes).toEqual([{ kind: 'option-added', label: expect.stringMatching(/./) }]);
    expect(profile.helpChanged).toBe(1);
  });

  it('1.1.0 → 1.2.0: only help was added, so no profile answer changes meaning', async () => {
    const profile = diffProfiles((await bundledChecklistVersion('1.1.0')).checklist, (await bundledChecklistVersion('1.2.0')).checklist);
    expect(profile).toEqual({ changed: [], helpChanged: 33 });
  });
});
