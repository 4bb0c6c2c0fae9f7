import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  assembleChecklist,
  contentHash,
  restoreChecklist,
  SourcesRegistrySchema,
  compareVersions,
  authorZodIssues as formatZodIssues,
  type Checklist,
  type ChecklistRef,
  type AuthorProblem as Problem,
  type SourcesRegistry,
} from '../domain';

/** Node-side loading of checklist directories, shared by the CLI, the build check and tests. */
export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadSourcesRegistry(checklistsRoot: string): SourcesRegistry {
  const parsed = SourcesRegistrySchema.safeParse(readJsonFile(join(checklistsRoot, 'sources.json')));
  if (!parsed.success) {
    const text = formatZodIssues(parsed.error.issues, ['sources.json']).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`The sources registry is invalid:\n${text.join('\n')}`);
  }
  return parsed.data;
}

export type LoadResult = { ok: true; checklist: Checklist; ref: ChecklistRef } | { ok: false; problems: Problem[] };

export async function loadChecklistDir(dir: string, registry: SourcesRegistry): Promise<LoadResult> {
  const root = resolve(dir);
  let manifest: unknown;
  try {
    manifest = readJsonFile(join(root, 'checklist.json'));
  } catch (error) {
    return { ok: false, problems: [{ path: join(dir, 'checklist.json'), message: (error as Error).message }] };
  }
  const problems: Problem[] = [];
  const assembled = assembleChecklist(manifest, (file) => {
    try {
      return readJsonFile(join(root, file));
    } catch (error) {
      problems.push({ path: file, message: (error as Error).message });
      return { items: [] };
    }
  });
  if (problems.length) return { ok: false, problems };
  if (!assembled.ok) return assembled;
  const restored = restoreChecklist(assembled.value, registry);
  if (!restored.ok) return restored;
  const c = restored.checklist;
  // The app finds a version by its folders, so they must say what the manifest says.
  const layout: Problem[] = [];
  if (basename(root) !== c.version) layout.push({ path: 'checklist.json', message: `version ${c.version} must sit in a folder named ${c.version}, not "${basename(root)}"` });
  if (basename(dirname(root)) !== c.id) layout.push({ path: 'checklist.json', message: `checklist "${c.id}" must sit in checklists/${c.id}/${c.version}/, not in "${basename(dirname(root))}"` });
  if (layout.length) return { ok: false, problems: layout };
  return { ok: true, checklist: c, ref: { id: c.id, version: c.version, contentHash: await contentHash(c) } };
}

export interface ChecklistDir {
  id: string;
  version: string;
  dir: string;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * Every released version under a checklists root (`<root>/<id>/<version>/checklist.json`),
 * by id, oldest version first. Folder names are taken at their word here; loading checks them.
 */
export function listChecklistDirs(root: string): ChecklistDir[] {
  const out: ChecklistDir[] = [];
  for (const id of readdirSync(root).sort()) {
    const idDir = join(root, id);
    if (!isDir(idDir)) continue;
    const versions = readdirSync(idDir).filter((v) => existsSync(join(idDir, v, 'checklist.json')));
    for (const version of versions.sort(compareVersions)) out.push({ id, version, dir: join(idDir, version) });
  }
  return out;
}
