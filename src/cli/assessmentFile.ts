import { readFileSync, statSync } from 'node:fs';
import { problem } from '../domain/problems';
import {
  checklistMismatches,
  checklistRefProblem,
  hrbaFileSizeProblem,
  restoreHrbaFileBytes,
  type Checklist,
  type ChecklistRef,
  type HrbaFile,
  type Problem,
  type SourcesRegistry,
} from '../domain';
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

const fileProblem = (found: Problem): OpenResult => ({ ok: false, problems: [found] });
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Reads a `.hrba.json` file the way the app imports one: its size from the file
 * system before a byte is read, the one restore function, then a check that its
 * checklist is bundled here with the same content and that the assessment names
 * nothing that checklist does not have.
 */
export async function openAssessmentFile(path: string): Promise<OpenResult> {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileProblem(problem('', 'path-is-directory'));
    // Pipes and devices report no size (and /dev/zero never ends): only regular files are read.
    if (!stat.isFile()) return fileProblem(problem('', 'path-not-regular'));
    const tooBig = hrbaFileSizeProblem(stat.size);
    if (tooBig) return { ok: false, problems: [tooBig] };
    bytes = readFileSync(path);
  } catch (error) {
    return fileProblem(problem('', 'file-unreadable', { detail: String(errorCode(error)) }));
  }
  const restored = restoreHrbaFileBytes(bytes);
  if (!restored.ok) return restored;
  const bundled = await loadBundledChecklists();
  const ref = restored.file.checklist;
  const refProblem = checklistRefProblem(
    ref,
    bundled.checklists.map((c) => c.ref),
  );
  if (refProblem) return { ok: false, problems: [{ path: 'checklist', ...refProblem }] };
  const { checklist } = bundled.checklists.find((c) => c.ref.id === ref.id && c.ref.version === ref.version)!;
  const mismatches = checklistMismatches(restored.file.assessment, checklist);
  if (mismatches.length > 0) return { ok: false, problems: mismatches.map((p) => ({ ...p, path: `assessment.${p.path}` })) };
  return { ok: true, file: restored.file, checklist, registry: bundled.registry };
}
