import type { LoadedChecklist } from '../../app/checklistCatalog';

export interface Option {
  value: string;
  label: string;
  /** The language of `label` when it may differ from the page's (a checklist's text still in English). */
  lang?: string;
}

/** Rights as the sources registry names them, in the registry's order. */
export const rightOptions = (loaded: LoadedChecklist): Option[] =>
  Object.entries(loaded.registry.rights).map(([value, r]) => ({ value, label: r.label }));

/** Groups of people as the checklist names them. */
export const groupOptions = (loaded: LoadedChecklist): Option[] => loaded.checklist.groups.map((g) => ({ value: g.id, label: g.label }));

export const rightLabel = (loaded: LoadedChecklist, id: string) => loaded.registry.rights[id]?.label ?? id;
export const groupLabel = (loaded: LoadedChecklist, id: string) => loaded.checklist.groups.find((g) => g.id === id)?.label ?? id;

export function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
