import { readFileSync } from 'node:fs';
import { checklistRefProblem, restoreHrbaFile, type Checklist, type ChecklistRef, type HrbaFile, type Problem, type SourcesRegistry } from '../domain';
import { listChecklistDirs, loadChecklistDir, loadSourcesRegistry } from '../node/loadChecklist';
import { BUNDLED_CHECKLISTS } from './paths';

export interface Bundled {
  registry: SourcesRegistry;
  checklists: { checklist: Checklist; ref: ChecklistRef }[];
}

/** The checklists shipped with the package, every released version: the same set the app bundles. */
export async function loadBundledChecklists(root = BUNDLED_CHECKLISTS): Promise<Bundled> {
  const registry = loadSourcesRegistry(root);
  const checklists: Bundled['checklists'] = [];
  for (const { dir } of listChecklistDirs(root)) {
    const loaded = await loadChecklistDir(dir, registry);
    if (!loaded.ok) throw new Error(`The bundled checklist ${dir} is invalid: run "hrba checklist lint ${root}"`);
    checklists.push({ checklist: loaded.checklist, ref: loaded.ref });
  }
  return { registry, checklists };
}

export type OpenResult =
  | { ok: true; file: HrbaFile; checklist: Checklist; registry: SourcesRegistry }
  | { ok: false; problems: Problem[] };

/**
 * Reads a `.hrba.json` file the way the app imports one: the one restore
 * function, then a check that its checklist is bundled here with the same content.
 */
export async function openAssessmentFile(path: string): Promise<OpenResult> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }] };
  }
  const restored = restoreHrbaFile(text);
  if (!restored.ok) return restored;
  const bundled = await loadBundledChecklists();
  const problem = checklistRefProblem(
    restored.file.checklist,
    bundled.checklists.map((c) => c.ref),
  );
  if (problem) return { ok: false, problems: [{ path: 'checklist', message: problem }] };
  const { checklist } = bundled.checklists.find((c) => c.ref.id === restored.file.checklist.id && c.ref.version === restored.file.checklist.version)!;
  return { ok: true, file: restored.file, checklist, registry: bundled.registry };
}
