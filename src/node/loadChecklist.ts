import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assembleChecklist,
  contentHash,
  restoreChecklist,
  SourcesRegistrySchema,
  formatZodIssues,
  type Checklist,
  type ChecklistRef,
  type Problem,
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
  return { ok: true, checklist: c, ref: { id: c.id, version: c.version, contentHash: await contentHash(c) } };
}
