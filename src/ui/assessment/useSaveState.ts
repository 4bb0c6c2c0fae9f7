import { useCallback, useState } from 'react';
import type { Assessment, AssessmentChangeInput } from '../../domain';
import { useServices } from '../../app/services';
import type { SaveStatus } from '../wizard/useAutosave';

/**
 * One save state for the header, whichever way a change was written: the
 * wizard's debounced autosave, or a form's explicit save. A change still
 * waiting or failing in autosave takes precedence, since that is the one that
 * could be lost.
 */
export function useSaveState(assessmentId: string, autosave: SaveStatus, by = '') {
  const services = useServices();
  const [explicit, setExplicit] = useState<SaveStatus>({ kind: 'idle' });

  const commit = useCallback(
    async (change: AssessmentChangeInput): Promise<Assessment> => {
      setExplicit({ kind: 'saving' });
      try {
        const saved = await services.assessments.commit(assessmentId, change, by);
        setExplicit({ kind: 'saved' });
        return saved;
      } catch (error) {
        setExplicit({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    [services, assessmentId, by],
  );

  const status: SaveStatus =
    autosave.kind === 'pending' || autosave.kind === 'saving' || autosave.kind === 'failed'
      ? autosave
      : explicit.kind !== 'idle'
        ? explicit
        : autosave;
  return { status, commit };
}
