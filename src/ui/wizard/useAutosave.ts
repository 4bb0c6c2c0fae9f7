import { useCallback, useEffect, useRef } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { fromPromise } from 'xstate';
import type { AssessmentChangeInput as AssessmentChange } from '../../domain';
import { useServices } from '../../app/services';
import { autosaveMachine } from '../../machines/autosave.machine';

export type SaveStatus = { kind: 'idle' | 'pending' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/**
 * Debounced saving through the single write path. Flushes when the page is hidden
 * or closed and when the wizard unmounts, so a change typed just before leaving
 * is still written.
 */
export function useAutosave(assessmentId: string, answeredBy = '') {
  const services = useServices();
  // Who answers: read at save time, so a name edited in setup applies to the next answer.
  const by = useRef(answeredBy);
  by.current = answeredBy;
  const actor = useActorRef(
    autosaveMachine.provide({
      actors: {
        persist: fromPromise(async ({ input }) => {
          for (const change of input.changes) {
            const start = performance.now();
            await services.assessments.commit(assessmentId, change, by.current);
            // Read by `npm run bench`: time from handing a change to storage until its transaction committed.
            performance.measure('hrba:persist', { start, end: performance.now() });
          }
        }),
      },
    }),
  );

  useEffect(() => {
    const flush = () => actor.send({ type: 'autosave.flush' });
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // The actor stops with this component; a save already running finishes on its
      // own. Write what is still waiting, and never let a failure pass unseen.
      const { pending } = actor.getSnapshot().context;
      for (const { change } of pending) {
        services.assessments.commit(assessmentId, change, by.current).catch((error: unknown) => {
          console.error(`Could not save a change to ${assessmentId} while leaving the page:`, error);
        });
      }
    };
  }, [actor, assessmentId, services]);

  const status = useSelector(actor, (s): SaveStatus => {
    if (s.matches('failed')) return { kind: 'failed', message: s.context.error ?? 'unknown error' };
    if (s.matches('saving')) return { kind: 'saving' };
    if (s.matches('waiting')) return { kind: 'pending' };
    return { kind: s.context.lastSavedAt ? 'saved' : 'idle' };
  }, (a, b) => a.kind === b.kind);

  const change = useCallback((c: AssessmentChange) => actor.send({ type: 'autosave.change', change: c }), [actor]);
  const flush = useCallback(() => actor.send({ type: 'autosave.flush' }), [actor]);
  return { change, flush, status };
}
