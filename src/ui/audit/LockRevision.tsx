import { useState } from 'react';
import type { Assessment, AssessmentChangeInput } from '../../domain';
import { ConfirmDialog } from '../common/ConfirmDialog';

/**
 * Freezes this revision (`revision.lock`), as signing does: afterwards it can only
 * be read, exported and signed, and changes go into revision n+1.
 */
export function LockRevision(props: { assessment: Assessment; commit: (change: AssessmentChangeInput) => Promise<unknown>; unreviewed: number }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const n = props.assessment.revision.number;
  async function lock() {
    setAsking(false);
    try {
      await props.commit({ type: 'revision.lock' });
    } catch (error) {
      setFailure(`Not locked: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <section aria-labelledby="lock-title" className="record-section">
      <h3 id="lock-title">Finish: lock revision {n}</h3>
      <p>
        Locking keeps revision {n} exactly as it is now, so that a signature over it stays valid. To change anything after
        that, you start revision {n + 1}, which names this one as its parent.
      </p>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      <button type="button" onClick={() => setAsking(true)}>
        Lock this revision
      </button>
      <ConfirmDialog open={asking} title={`Lock revision ${n}?`} confirmLabel={`Lock revision ${n}`} onConfirm={lock} onCancel={() => setAsking(false)}>
        <p>
          Revision {n} will never change again: answers, verdicts and the audit statement become read-only.
          {props.unreviewed > 0 && ` ${props.unreviewed} applicable ${props.unreviewed === 1 ? 'item has' : 'items have'} no verdict yet.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
