import { localizeChecklist, readChecklistTranslation, type LocalizedChecklist } from '../domain/checklist/translation';
import type { Checklist } from '../domain';

/**
 * The bundled checklist translations (checklists/<id>/translations/<language>/),
 * each in its own lazy chunk: a person reading English never downloads them. A
 * translation is used entry by entry where it is fresh (see localizeChecklist);
 * the English stays the source for hashes, answers and signatures.
 */
const manifests = import.meta.glob<unknown>('../../checklists/*/translations/*/checklist.json', { import: 'default' });
const itemFiles = import.meta.glob<unknown>('../../checklists/*/translations/*/items/*.json', { import: 'default' });

/** Languages with a bundled translation of checklist `id`. */
export function checklistLanguages(id: string): string[] {
  const prefix = `../../checklists/${id}/translations/`;
  return Object.keys(manifests)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length).split('/')[0] ?? '')
    .sort();
}

/**
 * `checklist` as seen in `language`, or null when there is no translation for it
 * (English, or a language nobody has translated this checklist into yet).
 */
export async function localizedChecklist(checklist: Checklist, language: string): Promise<LocalizedChecklist | null> {
  const base = `../../checklists/${checklist.id}/translations/${language}`;
  const manifestLoader = manifests[`${base}/checklist.json`];
  if (!manifestLoader) return null;
  const itemLoaders = Object.entries(itemFiles).filter(([path]) => path.startsWith(`${base}/items/`));
  const [manifest, items] = await Promise.all([manifestLoader(), Promise.all(itemLoaders.map(([, loader]) => loader()))]);
  return localizeChecklist(checklist, { ...readChecklistTranslation(manifest, items), language });
}
