import { useEffect, useState } from 'react';
import type { LoadedChecklist } from '../../app/checklistCatalog';

export type ChecklistState = { status: 'loading' } | { status: 'ready'; value: LoadedChecklist } | { status: 'error'; cause: unknown };

/** Loads the checklist version an assessment names (the newest when no version is given). */
export function useChecklist(id: string | undefined, version?: string): ChecklistState {
  const [state, setState] = useState<ChecklistState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // The catalogue (and the checklist content it loads) is fetched when a checklist is needed, not with the home page.
    import('../../app/checklistCatalog')
      .then(({ loadChecklist }) => loadChecklist(id, version))
      .then(
      (value) => live && setState({ status: 'ready', value }),
      (cause: unknown) => live && setState({ status: 'error', cause }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
