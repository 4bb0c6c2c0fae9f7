import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';
import { useState } from 'react';
import type { UnreadableEntry } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadBlob } from '../common/download';
import { problemPath, problemText } from '../../words/problems';

const REASONS = defineMessages({
  newer: { defaultMessage: 'Saved by a newer version of this app (data version {version}). Update the app to open it.', description: 'Home: why a stored record cannot be opened' },
  damaged: { defaultMessage: 'Damaged record', description: 'Home: why a stored record cannot be opened' },
  damagedAt: { defaultMessage: 'Damaged record: {problem}', description: 'Home: why a stored record cannot be opened; problem is “path: message” from the check' },
});

function reason(intl: IntlShape, entry: UnreadableEntry): string {
  if (entry.state === 'newer') return intl.formatMessage(REASONS.newer, { version: entry.schemaVersion });
  const first = entry.problems[0];
  if (!first) return intl.formatMessage(REASONS.damaged);
  // A line stored by an earlier version holds the problem in English words.
  const text = 'code' in first ? problemText(intl, first) : first.message;
  return intl.formatMessage(REASONS.damagedAt, { problem: first.path ? `${problemPath(first.path)}: ${text}` : text });
}

/**
 * Rows this version cannot open are listed, never hidden or dropped: the person
 * can keep a copy exactly as stored, or remove it after confirming.
 */
export function UnreadableRecords(props: { entries: UnreadableEntry[]; onMessage: (m: string) => void }) {
  const services = useServices();
  const [toDelete, setToDelete] = useState<UnreadableEntry | null>(null);
  const intl = useIntl();
  if (props.entries.length === 0 && !toDelete) return null;

  async function exportRaw(entry: UnreadableEntry) {
    const data = await services.assessments.raw(entry.id);
    downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), `record-${entry.id}.json`);
  }
  async function confirmDelete() {
    if (!toDelete) return;
    await services.assessments.remove(toDelete.id);
    props.onMessage(intl.formatMessage({ defaultMessage: 'Deleted record {id}.', description: 'Home: after deleting an unreadable record' }, { id: toDelete.id }));
    setToDelete(null);
  }

  return (
    <section aria-labelledby="unreadable-title" className="alert warning">
      <h2 id="unreadable-title">
        <FormattedMessage defaultMessage="Records this version cannot open" description="Home: heading of the list of unreadable stored records" />
      </h2>
      <ul className="unreadable">
        {props.entries.map((e) => (
          <li key={e.id}>
            <span>
              <strong>{e.id}</strong> — {reason(intl, e)}
            </span>
            <span className="actions">
              <button type="button" onClick={() => exportRaw(e)} aria-label={intl.formatMessage({ defaultMessage: 'Export record {id} as stored', description: 'Home: spoken name of a button' }, { id: e.id })}>
                <FormattedMessage defaultMessage="Export as stored" description="Home: download an unreadable record exactly as stored" />
              </button>
              <button type="button" className="danger" onClick={() => setToDelete(e)} aria-label={intl.formatMessage({ defaultMessage: 'Delete record {id}', description: 'Home: spoken name of a button' }, { id: e.id })}>
                <FormattedMessage defaultMessage="Delete" description="Home: delete an unreadable record" />
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={toDelete !== null}
        title={intl.formatMessage({ defaultMessage: 'Delete this record?', description: 'Home: title of the confirmation to delete an unreadable record' })}
        confirmLabel={intl.formatMessage({ defaultMessage: 'Delete', description: 'Home: delete an unreadable record' })}
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          <FormattedMessage
            defaultMessage="Record {id} will be removed from this browser. This cannot be undone; export it first if it may hold work you need."
            description="Home: what deleting an unreadable record does"
            values={{ id: toDelete?.id }}
          />
        </p>
      </ConfirmDialog>
    </section>
  );
}
