import { useCallback, useEffect, useRef } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { fromPromise } from 'xstate';
import type { AssessmentChangeInput as AssessmentChange } from '../../domain';
import { useServices } from '../../app/services';
import { autosaveMachine } from '../../machines/autosave.machine';

export type SaveStatus = { kind: 'idle' | 'pending' | 'saving' | 'saved' } | { kind: 'failed'; message: string; cause?: unknown };

/**
 * Debounced saving through the single write path, behind a write-ahead copy:
 * `change` stores the edit in localStorage before it returns and starts its
 * journal write in IndexedDB, so a crash, a closed tab or a reload in the
 * debounce window loses nothing (the next open replays it). Flushes when the
 * page is hidden and when the wizard unmounts. Nothing is written once
 * `canWrite` says another tab holds the edit lock: that tab replays the copies.
 */
export function useAutosave(assessmentId: string, answeredBy = '', canWrite: () => boolean = () => true) {
  const services = useServices();
  // Who answers: read at save time, so a name edited in setup applies to the next answer.
  const by = useRef(answeredBy);
  by.current = answeredBy;
  const writable = useRef(canWrite);
  writable.current = canWrite;
  const actor = useActorRef(
    autosaveMachine.provide({
      actors: {
        persist: fromPromise(async ({ input }) => {
          for (const change of input.changes) {
            if (!writable.current()) return;
            const start = performance.now();
            await services.assessments.commit(assessmentId, change, by.current);
            // Read by `npm run bench`: time from handing a change to storage until its transaction committed.
            performance.measure('hrba:persist', { start, end: performance.now() });
            services.writeAhead.settled(assessmentId, change);
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
      // own. Write what is still waiting (its write-ahead copy stays until it is stored).
      const snapshot = actor.getSnapshot();
      if (snapshot.matches('failed') || !writable.current()) return;
      for (const { change } of snapshot.context.pending) {
        services.assessments.commit(assessmentId, change, by.current).then(
          () => services.writeAhead.settled(assessmentId, change),
          (error: unknown) => console.warn(`A change to ${assessmentId} stays in the write-ahead copy:`, error),
        );
      }
    };
  }, [actor, assessmentId, services]);

  const status = useSelector(
    actor,
    (s): SaveStatus => {
      if (s.matches('failed')) return { kind: 'failed', message: s.context.error ?? 'unknown error', cause: s.context.cause };
      if (s.matches('saving')) return { kind: 'saving' };
      if (s.matches('waiting')) return { kind: 'pending' };
      return { kind: s.context.lastSavedAt ? 'saved' : 'idle' };
    },
    (a, b) => a.kind === b.kind && (a.kind !== 'failed' || (b.kind === 'failed' && a.cause === b.cause)),
  );

  const change = useCallback(
    (c: AssessmentChange) => {
      if (!writable.current()) return;
      services.writeAhead.record(assessmentId, c, by.current);
      actor.send({ type: 'autosave.change', change: c });
    },
    [actor, services, assessmentId],
  );
  const flush = useCallback(() => actor.send({ type: 'autosave.flush' }), [actor]);
  const retry = useCallback(() => actor.send({ type: 'autosave.retry' }), [actor]);
  /** Edits not yet stored, in order: what an export made during a failure must include. */
  const unsaved = useCallback(() => {
    const { saving, pending } = actor.getSnapshot().context;
    return [...saving, ...pending].map((p) => p.change);
  }, [actor]);
  return { change, flush, retry, unsaved, status };
}
