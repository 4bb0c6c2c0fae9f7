import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import type { Assessment } from '../../domain';
import { useServices } from '../../app/services';

/** The newest revision that continues this one; `null` when none, `undefined` while it is read. */
export function useSuccessor(id: string) {
  const services = useServices();
  return useLiveQuery(
    () =>
      services.assessments.lines().then((lines) =>
        lines.flatMap((l) => (l.state === 'ok' && l.summary.parentId === id ? [l.summary] : [])).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null,
      ),
    [services, id],
  );
}

/**
 * A locked revision opens read-only. Changing it means starting revision n+1: a
 * new assessment that begins as a copy, continues this one's trail and names it
 * (id, number, hash) as its parent. When that revision exists, it is offered instead,
 * so one locked revision does not grow two successors by accident.
 */
export function LockedRevisionBanner(props: { assessment: Assessment; by: string }) {
  const { assessment } = props;
  const services = useServices();
  const [, navigate] = useLocation();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const successor = useSuccessor(assessment.id);
  const n = assessment.revision.number;
  const lockedAt = assessment.revision.lockedAt!;

  async function start() {
    setState({ busy: true, error: null });
    try {
      const next = await services.assessments.startRevision(assessment.id, services.newId(), props.by);
      navigate(`/a/${next.id}`);
    } catch (error) {
      setState({ busy: false, error: `Revision ${n + 1} was not started: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <section role="status" aria-label="Locked revision" className="alert warning">
      <p>
        <strong>Revision {n} is locked</strong> (since <time dateTime={lockedAt}>{new Date(lockedAt).toLocaleString()}</time>) and
        cannot change: it stays exactly as it was locked, so a signature over it stays valid. You can read and export it.
      </p>
      {successor ? (
        <p>
          <Link href={`/a/${successor.id}`}>Open revision {successor.revision}</Link>, which continues this one.
        </p>
      ) : (
        <>
          <p>To make changes, start revision {n + 1}: it begins as a copy of this one and names it as its parent.</p>
          <button type="button" className="primary" onClick={start} disabled={state.busy || successor === undefined}>
            Start revision {n + 1}
          </button>
        </>
      )}
      {state.error && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </section>
  );
}
