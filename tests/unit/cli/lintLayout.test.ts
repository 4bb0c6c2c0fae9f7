import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintChecklists } from '../../../src/cli/lint';
import { ROOT } from '../helpers/bundled';

/** A scratch checklists root holding sources.json and hrba-tech 1.0.0 copied into `folder`. */
function scratch(folder: string, edit?: (manifest: Record<string, unknown>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'hrba-lint-'));
  cpSync(join(ROOT, 'checklists', 'sources.json'), join(root, 'sources.json'));
  const dir = join(root, folder);
  cpSync(join(ROOT, 'checklists', 'hrba-tech', '1.0.0'), dir, { recursive: true });
  if (edit) {
    const manifest = JSON.parse(readFileSync(join(dir, 'checklist.json'), 'utf8')) as Record<string, unknown>;
    edit(manifest);
    writeFileSync(join(dir, 'checklist.json'), JSON.stringify(manifest));
  }
  return root;
}

describe('hrba checklist lint over the versioned layout', () => {
  it('lints every version under a root, under one checklist folder, or one version folder', async () => {
    const all = await lintChecklists(join(ROOT, 'checklists'));
    expect(all.ok).toBe(true);
    expect(all.lines.some((l) => l.includes('hrba-tech 1.0.0, 120 items'))).toBe(true);
    const one = await lintChecklists(join(ROOT, 'checklists', 'hrba-tech', '1.0.0'));
    expect(one.lines).toHaveLength(1);
    const byId = await lintChecklists(join(ROOT, 'checklists', 'hrba-tech'));
    expect(byId.lines).toEqual(all.lines.filter((l) => l.includes('hrba-tech')));
  });

  it('refuses a version sitting in a folder that names another version or checklist', async () => {
    const wrongVersion = await lintChecklists(scratch('hrba-tech/2.0.0'));
    expect(wrongVersion.ok).toBe(false);
    expect(wrongVersion.lines.join('\n')).toContain('version 1.0.0 must sit in a folder named 1.0.0, not "2.0.0"');
    const wrongId = await lintChecklists(scratch('acme/1.0.0'));
    expect(wrongId.ok).toBe(false);
    expect(wrongId.lines.join('\n')).toContain('checklist "hrba-tech" must sit in checklists/hrba-tech/1.0.0/, not in "acme"');
  });

  it('says where a checklist must sit when pointed at a folder without one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hrba-lint-'));
    const r = await lintChecklists(empty);
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toMatch(/neither a checklists root/);
  });

  it('refuses a new version that drops an item id without saying it was merged or retired', async () => {
    const root = scratch('hrba-tech/1.0.0');
    const next = join(root, 'hrba-tech', '1.1.0');
    cpSync(join(root, 'hrba-tech', '1.0.0'), next, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(next, 'checklist.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(next, 'checklist.json'), JSON.stringify({ ...manifest, version: '1.1.0' }));
    const itemsFile = join(next, 'items', 'operation.json');
    const items = JSON.parse(readFileSync(itemsFile, 'utf8')) as { items: { id: string }[] };
    writeFileSync(itemsFile, JSON.stringify({ items: items.items.filter((i) => i.id !== 'OPS-30') }));
    const r = await lintChecklists(root);
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toContain('OPS-30 is gone from 1.1.0: list it as merged (with "into") or retired');

    writeFileSync(join(next, 'checklist.json'), JSON.stringify({ ...manifest, version: '1.1.0', upgradeFrom: { version: '1.0.0', items: { 'OPS-30': { change: 'retired' } } } }));
    expect((await lintChecklists(root)).ok).toBe(true);
  });
});
