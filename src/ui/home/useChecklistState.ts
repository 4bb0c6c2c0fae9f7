import { useEffect, useState } from 'react';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ProblemDetail } from '../../domain/problems';

export type ChecklistState = { status: 'loading' } | { status: 'ready'; value: LoadedChecklist } | { status: 'error'; message: string; problem: ProblemDetail | null };

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
      (error: Error) => live && setState({ status: 'error', message: error.message, problem: (error as { problem?: ProblemDetail }).problem ?? null }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
