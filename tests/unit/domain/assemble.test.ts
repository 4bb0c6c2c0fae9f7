import { describe, expect, it } from 'vitest';
import { assembleChecklist, restoreChecklist } from '../../../src/domain';
import { checklistInput, miniRegistry } from '../helpers/checklist';

/** Splits the mini checklist into a manifest and one item file per stage. */
function onDisk() {
  const { items, ...rest } = checklistInput();
  const files: Record<string, unknown> = {
    'items/a.json': { items: items.filter((i) => i.stage === 'conception' || i.stage === 'design') },
    'items/b.json': { items: items.filter((i) => i.stage === 'deployment' || i.stage === 'operation') },
  };
  return { manifest: { ...rest, itemFiles: ['items/a.json', 'items/b.json'] }, files, items };
}

describe('assembleChecklist', () => {
  it('joins the item files in manifest order into a checklist that restores', () => {
    const { manifest, files, items } = onDisk();
    const result = assembleChecklist(manifest, (path) => files[path]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const value = result.value as { items: { id: string }[]; itemFiles?: unknown };
    expect(value.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(value).not.toHaveProperty('itemFiles');
    expect(restoreChecklist(result.value, miniRegistry()).ok).toBe(true);
  });

  it('reports manifest problems under checklist.json', () => {
    const { manifest, files } = onDisk();
    const result = assembleChecklist({ ...manifest, itemFiles: [] }, (path) => files[path]);
    expect(result).toEqual({ ok: false, problems: [{ path: 'checklist.json.itemFiles', message: expect.any(String) }] });
  });

  it('reports a malformed item file under its own name, for every bad file', () => {
    const { manifest } = onDisk();
    const result = assembleChecklist(manifest, (path) => (path === 'items/a.json' ? { item: [] } : [1]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ path: 'items/a.json.items', message: expect.any(String) });
      expect(result.problems).toContainEqual({ path: 'items/b.json', message: expect.any(String) });
      expect(result.problems.every((p) => p.path.startsWith('items/'))).toBe(true);
    }
  });
});
