import { TechnicalDetails } from '../common/TechnicalDetails';
import { useEffect, useId, useRef, useState } from 'react';
import { storageMessage } from '../common/storageMessages';
import { FormattedMessage, useIntl } from '../../i18n/react';

/**
 * Shown on the first failed save, and nothing is tried again until the person
 * presses Retry. A modal <dialog> so it cannot be missed or scrolled away; once
 * closed, the same message stays as an alert above the assessment.
 */
export function SaveFailureDialog(props: { cause: unknown; onRetry: () => void; onExport: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [closed, setClosed] = useState(false);
  const intl = useIntl();
  const message = storageMessage(props.cause, intl);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !closed && !dialog.open) dialog.showModal?.();
  }, [closed]);

  const body = (
    <>
      <p>
        <FormattedMessage
          defaultMessage="<b>Not saved:</b> {problem} Your earlier work is safe. Your latest changes are kept on this device and are saved when you press Retry."
          description="Save failure dialog: what happened (a lower-case reason), and that nothing is lost"
          values={{ problem: message.problem, b: (text) => <strong>{text}</strong> }}
        />
      </p>
      <p>{message.advice}</p>
      <TechnicalDetails detail={message.detail} />
    </>
  );
  const actions = (
    <div className="button-row">
      <button type="button" className="primary" onClick={props.onRetry}>
        <FormattedMessage defaultMessage="Retry" description="Save failure dialog: try the save again" />
      </button>
      <button type="button" onClick={props.onExport}>
        <FormattedMessage defaultMessage="Export this assessment" description="Save failure dialog: download this assessment as a file, unsaved edits included" />
      </button>
      <a href="#/backup">
        <FormattedMessage defaultMessage="Back up everything" description="Save failure dialog: link to the backup page" />
      </a>
      {!closed && (
        <button type="button" onClick={() => setClosed(true)}>
          <FormattedMessage defaultMessage="Close" description="Save failure dialog: close it (the message stays above the assessment)" />
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
      <h2 id={titleId}>
        <FormattedMessage defaultMessage="Your latest changes are not saved" description="Save failure dialog: title" />
      </h2>
      <div className="dialog-body">{body}</div>
      {actions}
    </dialog>
  );
}

/** Read-only because another tab edits, or because it took over from this one. */
export function ReadOnlyBanner(props: { lost: boolean; onTakeOver: () => void }) {
  const intl = useIntl();
  return (
    <section role="status" aria-label={intl.formatMessage({ defaultMessage: 'Read-only', description: 'Accessible name of the banner saying another tab edits this assessment' })} className="alert warning">
      <p>
        {props.lost ? (
          <FormattedMessage defaultMessage="Editing moved to another tab. This tab is now read-only; changes made there appear here." description="Read-only banner: another tab took over editing" />
        ) : (
          <FormattedMessage
            defaultMessage="This assessment is open for editing in another tab. You can read it here; changes made there appear here."
            description="Read-only banner: another tab was already editing"
          />
        )}
      </p>
      <button type="button" onClick={props.onTakeOver}>
        <FormattedMessage defaultMessage="Edit here instead" description="Read-only banner: take over editing in this tab" />
      </button>
    </section>
  );
}
