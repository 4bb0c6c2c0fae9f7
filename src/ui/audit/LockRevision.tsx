import { useState } from 'react';
import type { Assessment, AssessmentChangeInput } from '../../domain';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

/**
 * Freezes this revision (`revision.lock`), as signing does: afterwards it can only
 * be read, exported and signed, and changes go into revision n+1.
 */
export function LockRevision(props: { assessment: Assessment; commit: (change: AssessmentChangeInput) => Promise<unknown>; unreviewed: number }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const intl = useIntl();
  const n = props.assessment.revision.number;
  async function lock() {
    setAsking(false);
    try {
      await props.commit({ type: 'revision.lock' });
    } catch (error) {
      const reason = failureReason(error, intl);
      setFailure(intl.formatMessage({ defaultMessage: 'Not locked: {reason}', description: 'Audit: locking the revision failed; reason says why, as a lower-case sentence' }, { reason }));
    }
  }
  return (
    <section aria-labelledby="lock-title" className="record-section">
      <h3 id="lock-title">
        <FormattedMessage defaultMessage="Finish: lock revision {n}" description="Audit: heading of the lock step; n is the revision number" values={{ n }} />
      </h3>
      <p>
        <FormattedMessage
          defaultMessage="Locking keeps revision {n} exactly as it is now, so that a signature over it stays valid. To change anything after that, you start revision {next}, which names this one as its parent."
          description="Audit: what locking does; n and next are revision numbers"
          values={{ n, next: n + 1 }}
        />
      </p>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      <button type="button" onClick={() => setAsking(true)}>
        <FormattedMessage defaultMessage="Lock this revision" description="Audit: button that asks to lock the revision" />
      </button>
      <ConfirmDialog
        open={asking}
        title={intl.formatMessage({ defaultMessage: 'Lock revision {n}?', description: 'Audit: title of the dialog confirming the lock' }, { n })}
        confirmLabel={intl.formatMessage({ defaultMessage: 'Lock revision {n}', description: 'Audit: button confirming the lock' }, { n })}
        onConfirm={lock}
        onCancel={() => setAsking(false)}
      >
        <p>
          <FormattedMessage
            defaultMessage="Revision {n} will never change again: answers, verdicts and the audit statement become read-only.{unreviewed, plural, =0 {} one { # applicable item has no verdict yet.} other { # applicable items have no verdict yet.}}"
            description="Audit: what locking means, and how many items still lack a verdict"
            values={{ n, unreviewed: props.unreviewed }}
          />
        </p>
      </ConfirmDialog>
    </section>
  );
}
