import { useEffect, useState } from 'react';
import { loadChecklist, type LoadedChecklist } from '../../app/checklistCatalog';

/** `error` is what was thrown: the page words it (a missing version is a ProblemError). */
export type ChecklistLoad = LoadedChecklist | { error: unknown } | null;

/** A bundled checklist version (the newest when none is named); null while loading, `{ error }` when it cannot be. */
export function useLoadedChecklist(ref: { id: string; version: string } | undefined, newest = false): ChecklistLoad {
  const [state, setState] = useState<ChecklistLoad>(null);
  const id = ref?.id;
  const version = ref?.version;
  useEffect(() => {
    if (!newest && !id) return;
    let live = true;
    (newest ? loadChecklist() : loadChecklist(id, version)).then(
      (loaded) => live && setState(loaded),
      (e: unknown) => live && setState({ error: e }),
    );
    return () => {
      live = false;
    };
  }, [id, version, newest]);
  return state;
}
