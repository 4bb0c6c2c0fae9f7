import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreHrbaFile, type TrailEvent, type Assessment, type Checklist, type SourcesRegistry, type ChecklistRef } from '../../../src/domain';
import { loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';
import { englishProblemText } from '../../../src/words/problems';

export const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const EXAMPLE_FILE = join(ROOT, 'examples', 'kestrel-insight.hrba.json');

export interface Bundled {
  checklist: Checklist;
  ref: ChecklistRef;
  registry: SourcesRegistry;
}

const cached = new Map<string, Promise<Bundled>>();

/** A bundled HRBA@Tech version and the sources registry, loaded once per test file. */
export function bundledChecklistVersion(version: string): Promise<Bundled> {
  let loading = cached.get(version);
  if (!loading) {
    loading = (async () => {
      const registry = loadSourcesRegistry(join(ROOT, 'checklists'));
      const loaded = await loadChecklistDir(join(ROOT, `checklists/hrba-tech/${version}`), registry);
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      return { checklist: loaded.checklist, ref: loaded.ref, registry };
    })();
    cached.set(version, loading);
  }
  return loading;
}

/** HRBA@Tech 1.0.0, the version the example assessment was made with. */
export function bundledChecklist(): Promise<Bundled> {
  return bundledChecklistVersion('1.0.0');
}

export function exampleAssessment(): Assessment {
  const restored = restoreHrbaFile(readFileSync(EXAMPLE_FILE, 'utf8'));
  if (!restored.ok) throw new Error(restored.problems.map((p) => englishProblemText(p)).join('\n'));
  return restored.file.assessment;
}

export function exampleTrail(): TrailEvent[] {
  const restored = restoreHrbaFile(readFileSync(EXAMPLE_FILE, 'utf8'));
  if (!restored.ok) throw new Error(restored.problems.map((p) => englishProblemText(p)).join('\n'));
  return restored.file.trail;
}
