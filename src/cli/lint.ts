import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { upgradeProblems, type Checklist } from '../domain';
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
  // Each version is checked against the one before it, so an upgrade never strands an answer.
  const previous = await previousVersions(root, dirs, registry);
  for (const { dir } of dirs) {
    const result = await loadChecklistDir(dir, registry);
    const before = result.ok ? previous.get(dir) : undefined;
    const upgrade = result.ok && before ? upgradeProblems(before, result.checklist) : [];
    if (result.ok && upgrade.length === 0) {
      lines.push(`${dir}: ${result.ref.id} ${result.ref.version}, ${result.checklist.items.length} items, ${result.ref.contentHash}`);
    } else if (result.ok) {
      ok = false;
      lines.push(`${dir}: ${upgrade.length} problem(s) in what it says changed since ${before!.version}`);
      for (const p of upgrade) lines.push(`  ${p.path}: ${p.message}`);
    } else {
      ok = false;
      lines.push(`${dir}: ${result.problems.length} problem(s)`);
      for (const p of result.problems) lines.push(`  ${p.path}: ${p.message}`);
    }
  }
  return { ok, lines };
}

/** For each linted version, the valid version released just before it (if any). */
async function previousVersions(root: string, dirs: ChecklistDir[], registry: ReturnType<typeof loadSourcesRegistry>): Promise<Map<string, Checklist>> {
  const all = listChecklistDirs(root);
  const out = new Map<string, Checklist>();
  for (const d of dirs) {
    const siblings = all.filter((x) => x.id === d.id);
    const i = siblings.findIndex((x) => x.version === d.version);
    const prior = i > 0 ? siblings[i - 1] : undefined;
    const loaded = prior ? await loadChecklistDir(prior.dir, registry) : undefined;
    if (loaded?.ok) out.set(d.dir, loaded.checklist);
  }
  return out;
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
