import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadChecklistDir, loadSourcesRegistry } from '../node/loadChecklist';

/**
 * Lints one checklist directory, or every checklist directory under a root that
 * holds `sources.json`. Returns the lines to print and whether all were valid.
 */
export async function lintChecklists(target: string): Promise<{ ok: boolean; lines: string[] }> {
  const isSingle = existsSync(join(target, 'checklist.json'));
  const root = isSingle ? join(target, '..') : target;
  if (!existsSync(join(root, 'sources.json'))) {
    return { ok: false, lines: [`${root}: no sources.json (the sources registry) found beside the checklist`] };
  }
  const registry = loadSourcesRegistry(root);
  const dirs = isSingle
    ? [target]
    : readdirSync(root)
        .map((name) => join(root, name))
        .filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'checklist.json')));
  if (dirs.length === 0) return { ok: false, lines: [`${target}: no checklist directory (with checklist.json) found`] };
  const lines: string[] = [];
  let ok = true;
  for (const dir of dirs) {
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
