import { useCallback, useEffect, useState } from 'react';
import type { RecoveryResult } from '../../db';
import { useServices } from '../../app/services';

export type Recovery = { status: 'idle' | 'running' } | { status: 'done'; result: RecoveryResult } | { status: 'failed'; cause: unknown };

/**
 * Replays the write-ahead copies of an assessment once this tab holds its edit
 * lock and before its editor starts, so the editor opens on every edit made
 * before a crash, a closed tab or a reload.
 */
export function useRecovery(assessmentId: string, holdsLock: boolean) {
  const services = useServices();
  const [recovery, setRecovery] = useState<Recovery>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!holdsLock) return;
    let live = true;
    setRecovery({ status: 'running' });
    services.writeAhead.recover(assessmentId).then(
      (result) => {
        if (!live) return;
        setRecovery(result.failure ? { status: 'failed', cause: result.failure } : { status: 'done', result });
      },
      (cause: unknown) => live && setRecovery({ status: 'failed', cause }),
    );
    return () => {
      live = false;
    };
  }, [services, assessmentId, holdsLock, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { recovery: holdsLock ? recovery : ({ status: 'idle' } as Recovery), retry };
}
