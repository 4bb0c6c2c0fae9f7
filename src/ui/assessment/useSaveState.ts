import { useCallback, useState } from 'react';
import type { Assessment, AssessmentChangeInput } from '../../domain';
import { useServices } from '../../app/services';
import type { SaveStatus } from '../wizard/useAutosave';
import { ReadOnlyTabError, storageMessage } from '../common/storageMessages';
import { useIntl } from '../../i18n/react';

/**
 * One save state for the header, whichever way a change was written: the
 * wizard's debounced autosave, or a form's explicit save. A change still
 * waiting or failing in autosave takes precedence, since that is the one that
 * could be lost.
 */
export function useSaveState(assessmentId: string, autosave: SaveStatus, by = '', canWrite: () => boolean = () => true) {
  const services = useServices();
  const intl = useIntl();
  const [explicit, setExplicit] = useState<SaveStatus>({ kind: 'idle' });

  const commit = useCallback(
    /** `as` names who makes this change when it is not the usual author (an auditor naming themselves). */
    async (change: AssessmentChangeInput, as?: string): Promise<Assessment> => {
      if (!canWrite()) {
        throw new ReadOnlyTabError();
      }
      setExplicit({ kind: 'saving' });
      try {
        const saved = await services.assessments.commit(assessmentId, change, as ?? by);
        setExplicit({ kind: 'saved' });
        return saved;
      } catch (error) {
        setExplicit({ kind: 'failed', message: storageMessage(error, intl).problem, cause: error });
        throw error;
      }
    },
    [services, intl, assessmentId, by, canWrite],
  );

  const status: SaveStatus =
    autosave.kind === 'pending' || autosave.kind === 'saving' || autosave.kind === 'failed'
      ? autosave
      : explicit.kind !== 'idle'
        ? explicit
        : autosave;
  return { status, commit };
}
