import { useEffect, useId, useRef, useState } from 'react';
import { storageMessage } from '../common/storageMessages';

/**
 * Shown on the first failed save, and nothing is tried again until the person
 * presses Retry. A modal <dialog> so it cannot be missed or scrolled away; once
 * closed, the same message stays as an alert above the assessment.
 */
export function SaveFailureDialog(props: { cause: unknown; onRetry: () => void; onExport: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [closed, setClosed] = useState(false);
  const message = storageMessage(props.cause);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !closed && !dialog.open) dialog.showModal?.();
  }, [closed]);

  const body = (
    <>
      <p>
        <strong>Not saved:</strong> {message.problem} Your earlier work is safe. Your latest changes are kept on this device
        and are saved when you press Retry.
      </p>
      <p>{message.advice}</p>
      <details>
        <summary>Technical details</summary>
        <p>{message.detail}</p>
      </details>
    </>
  );
  const actions = (
    <div className="button-row">
      <button type="button" className="primary" onClick={props.onRetry}>
        Retry
      </button>
      <button type="button" onClick={props.onExport}>
        Export this assessment
      </button>
      <a href="#/backup">Back up everything</a>
      {!closed && (
        <button type="button" onClick={() => setClosed(true)}>
          Close
        </button>
      )}
    </div>
  );

  if (closed) {
    return (
      <div role="alert" className="alert error">
        {body}
        {actions}
      </div>
    );
  }
  return (
    <dialog ref={ref} aria-labelledby={titleId} className="dialog" onCancel={(e) => (e.preventDefault(), setClosed(true))}>
      <h2 id={titleId}>Your latest changes are not saved</h2>
      <div className="dialog-body">{body}</div>
      {actions}
    </dialog>
  );
}

/** Read-only because another tab edits, or because it took over from this one. */
export function ReadOnlyBanner(props: { lost: boolean; onTakeOver: () => void }) {
  return (
    <section role="status" aria-label="Read-only" className="alert warning">
      <p>
        {props.lost
          ? 'Editing moved to another tab. This tab is now read-only; changes made there appear here.'
          : 'This assessment is open for editing in another tab. You can read it here; changes made there appear here.'}
      </p>
      <button type="button" onClick={props.onTakeOver}>
        Edit here instead
      </button>
    </section>
  );
}
