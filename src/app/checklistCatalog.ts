import {
  assembleChecklist,
  checklistHashStepwise,
  compareVersions,
  detail,
  ProblemError,
  problemsToText,
  restoreChecklistStepwise,
  SourcesRegistrySchema,
  type Checklist,
  type ChecklistRef,
  type ProblemDetail,
  type SourcesRegistry,
} from '../domain';
import { englishProblemText } from '../words/problems';

/**
 * The checklists bundled with the app, every released version (`checklists/<id>/<version>/`).
 * An assessment is opened with the version it names, forever; new assessments take the
 * newest. The JSON is split into lazy chunks, so the home screen does not pay for it; the
 * build refuses invalid content (`prebuild`), and it is validated again here because
 * stored answers depend on it.
 */
export interface LoadedChecklist {
  checklist: Checklist;
  ref: ChecklistRef;
  registry: SourcesRegistry;
}

export const DEFAULT_CHECKLIST_ID = 'hrba-tech';

const manifests = import.meta.glob<unknown>('../../checklists/*/*/checklist.json', { import: 'default' });
const itemFiles = import.meta.glob<unknown>('../../checklists/*/*/items/*.json', { import: 'default' });
const loadRegistry = () => import('../../checklists/sources.json').then((m) => m.default as unknown);

const cache = new Map<string, Promise<LoadedChecklist>>();

/** A checklist this installation lacks: screens that know the code word it in their language, others show the English. */
const unavailable = (found: ProblemDetail) => new ProblemError(found, englishProblemText(found));

/** Every bundled `{ id, version }`, oldest version first within an id. */
export function bundledChecklistVersions(): { id: string; version: string }[] {
  return Object.keys(manifests)
    .map((path) => {
      const [id = '', version = ''] = path.split('/').slice(-3, -1);
      return { id, version };
    })
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

/** The versions of one checklist, oldest first. */
export function bundledVersions(id: string): string[] {
  return bundledChecklistVersions()
    .filter((c) => c.id === id)
    .map((c) => c.version);
}

/** One version of a bundled checklist; without a version, the newest (what new assessments use). */
export function loadChecklist(id: string = DEFAULT_CHECKLIST_ID, version?: string): Promise<LoadedChecklist> {
  const chosen = version ?? bundledVersions(id).at(-1);
  if (!chosen) return Promise.reject(unavailable(detail('checklist-unknown', { id })));
  const key = `${id}@${chosen}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = load(id, chosen);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function load(id: string, version: string): Promise<LoadedChecklist> {
  const base = `../../checklists/${id}/${version}`;
  const manifestLoader = manifests[`${base}/checklist.json`];
  if (!manifestLoader) {
    const have = bundledVersions(id);
    throw unavailable(have.length ? detail('checklist-version-unknown', { id, version, available: have }) : detail('checklist-unknown', { id }));
  }
  const registry = SourcesRegistrySchema.parse(await loadRegistry());
  const manifest = await manifestLoader();
  const files = new Map<string, unknown>();
  await Promise.all(
    Object.entries(itemFiles)
      .filter(([path]) => path.startsWith(`${base}/`))
      .map(async ([path, loader]) => files.set(path.slice(base.length + 1), await loader())),
  );
  const name = `${id} ${version}`;
  await yieldToBrowser();
  const assembled = assembleChecklist(manifest, (file) => files.get(file) ?? { items: 'missing file' });
  if (!assembled.ok) throw new Error(`Checklist ${name} is invalid:\n${problemsToText(assembled.problems)}`);
  const restored = await restoreChecklistStepwise(assembled.value, registry, yieldToBrowser);
  if (!restored.ok) throw new Error(`Checklist ${name} is invalid:\n${problemsToText(restored.problems)}`);
  const checklist = restored.checklist;
  if (checklist.id !== id || checklist.version !== version) throw new Error(`The bundled folder ${id}/${version} holds ${checklist.id} ${checklist.version}.`);
  return { checklist, registry, ref: { id: checklist.id, version: checklist.version, contentHash: await checklistHashStepwise(checklist, yieldToBrowser) } };
}

/**
 * Lets the browser draw and handle input between slices of checklist work: a
 * message on a fresh channel runs as its own task, without setTimeout's 4 ms clamp.
 */
function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The reference (id, version, content hash) of every bundled version, for checking imported files. */
export async function availableChecklistRefs(): Promise<ChecklistRef[]> {
  return Promise.all(bundledChecklistVersions().map(async ({ id, version }) => (await loadChecklist(id, version)).ref));
}
