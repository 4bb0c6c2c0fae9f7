import type { SaveStatus } from './useAutosave';
import { storageMessage } from '../common/storageMessages';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

// Idle means nothing is waiting: every earlier step (setup, profile) was saved when it was left,
// so "No changes yet" would be false once anything had been entered.
const TEXT = defineMessages({
  idle: { defaultMessage: 'Everything is saved', description: 'Save state in the assessment header: nothing waits to be saved' },
  pending: { defaultMessage: 'Unsaved changes…', description: 'Save state in the assessment header: an edit waits to be saved' },
  saving: { defaultMessage: 'Saving…', description: 'Save state in the assessment header: saving now' },
  saved: { defaultMessage: 'All changes saved', description: 'Save state in the assessment header: the last edits were saved' },
});

/** A polite live region: screen readers hear "All changes saved" without losing their place. */
export function SaveIndicator(props: { status: SaveStatus }) {
  const intl = useIntl();
  const s = props.status;
  return (
    <p className={`save-indicator ${s.kind}`} role="status" aria-live="polite" data-save-state={s.kind}>
      {s.kind === 'failed' ? (
        <FormattedMessage
          defaultMessage="Not saved: {problem}"
          description="Save state in the assessment header: the save failed (a lower-case reason follows)"
          values={{ problem: storageMessage(s.cause, intl).problem }}
        />
      ) : (
        intl.formatMessage(TEXT[s.kind])
      )}
    </p>
  );
}
