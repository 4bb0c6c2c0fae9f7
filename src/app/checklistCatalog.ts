import {
  assembleChecklist,
  contentHash,
  problemsToText,
  restoreChecklist,
  SourcesRegistrySchema,
  type Checklist,
  type ChecklistRef,
  type SourcesRegistry,
} from '../domain';

/**
 * The checklists bundled with the app. Their JSON is split into a lazy chunk, so
 * the home screen does not pay for it; the build refuses invalid content
 * (`prebuild`), and it is validated again here because stored answers depend on it.
 */
export interface LoadedChecklist {
  checklist: Checklist;
  ref: ChecklistRef;
  registry: SourcesRegistry;
}

export const DEFAULT_CHECKLIST_ID = 'hrba-tech';

const manifests = import.meta.glob<unknown>('../../checklists/*/checklist.json', { import: 'default' });
const itemFiles = import.meta.glob<unknown>('../../checklists/*/items/*.json', { import: 'default' });
const loadRegistry = () => import('../../checklists/sources.json').then((m) => m.default as unknown);

const cache = new Map<string, Promise<LoadedChecklist>>();

export function bundledChecklistIds(): string[] {
  return Object.keys(manifests).map((path) => path.split('/').at(-2)!);
}

export function loadChecklist(id: string = DEFAULT_CHECKLIST_ID): Promise<LoadedChecklist> {
  let pending = cache.get(id);
  if (!pending) {
    pending = load(id);
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return pending;
}

async function load(id: string): Promise<LoadedChecklist> {
  const base = `../../checklists/${id}`;
  const manifestLoader = manifests[`${base}/checklist.json`];
  if (!manifestLoader) throw new Error(`This installation has no checklist "${id}".`);
  const registry = SourcesRegistrySchema.parse(await loadRegistry());
  const manifest = await manifestLoader();
  const files = new Map<string, unknown>();
  await Promise.all(
    Object.entries(itemFiles)
      .filter(([path]) => path.startsWith(`${base}/`))
      .map(async ([path, loader]) => files.set(path.slice(base.length + 1), await loader())),
  );
  const assembled = assembleChecklist(manifest, (file) => files.get(file) ?? { items: 'missing file' });
  if (!assembled.ok) throw new Error(`Checklist ${id} is invalid:\n${problemsToText(assembled.problems)}`);
  const restored = restoreChecklist(assembled.value, registry);
  if (!restored.ok) throw new Error(`Checklist ${id} is invalid:\n${problemsToText(restored.problems)}`);
  const checklist = restored.checklist;
  return { checklist, registry, ref: { id: checklist.id, version: checklist.version, contentHash: await contentHash(checklist) } };
}

export async function availableChecklistRefs(): Promise<ChecklistRef[]> {
  return Promise.all(bundledChecklistIds().map(async (id) => (await loadChecklist(id)).ref));
}
