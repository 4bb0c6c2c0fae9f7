import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listChecklistDirs, loadChecklistDir, loadSourcesRegistry, type ChecklistDir } from '../node/loadChecklist';

/**
 * Lints one released version (`checklists/<id>/<version>`), every version of one checklist
 * (`checklists/<id>`), or everything under a root that holds `sources.json`.
 * Returns the lines to print and whether all were valid.
 */
export async function lintChecklists(target: string): Promise<{ ok: boolean; lines: string[] }> {
  const found = findTargets(target);
  if ('error' in found) return { ok: false, lines: [found.error] };
  const { root, dirs } = found;
  if (!existsSync(join(root, 'sources.json'))) {
    return { ok: false, lines: [`${root}: no sources.json (the sources registry) found; a checklist sits in <root>/<id>/<version>/ beside <root>/sources.json`] };
  }
  if (dirs.length === 0) return { ok: false, lines: [`${target}: no checklist version (a <id>/<version>/checklist.json) found`] };
  const registry = loadSourcesRegistry(root);
  const lines: string[] = [];
  let ok = true;
  for (const { dir } of dirs) {
    const result = await loadChecklistDir(dir, registry);
    if (result.ok) {
      lines.push(`${dir}: ${result.ref.id} ${result.ref.version}, ${result.checklist.items.length} items, ${result.ref.contentHash}`);
    } else {
      ok = false;
      lines.push(`${dir}: ${result.problems.length} problem(s)`);
      for (const p of result.problems) lines.push(`  ${p.path}: ${p.message}`);
    }
  }
  return { ok, lines };
}

function findTargets(target: string): { root: string; dirs: ChecklistDir[] } | { error: string } {
  if (existsSync(join(target, 'checklist.json'))) {
    const id = join(target, '..');
    return { root: join(id, '..'), dirs: [{ id: basename(id), version: basename(target), dir: target }] };
  }
  if (existsSync(join(target, 'sources.json'))) return { root: target, dirs: listChecklistDirs(target) };
  const root = join(target, '..');
  if (existsSync(join(root, 'sources.json'))) return { root, dirs: listChecklistDirs(root).filter((d) => d.id === basename(target)) };
  return { error: `${target}: neither a checklists root (with sources.json), a checklist folder nor a version folder (with checklist.json)` };
}
