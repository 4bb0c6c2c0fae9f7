import { useState } from 'react';
import type { UnreadableEntry } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadBlob } from '../common/download';

function reason(entry: UnreadableEntry): string {
  if (entry.state === 'newer') return `Saved by a newer version of this app (data version ${entry.schemaVersion}). Update the app to open it.`;
  const first = entry.problems[0];
  return `Damaged record${first ? `: ${first.path}: ${first.message}` : ''}`;
}

/**
 * Rows this version cannot open are listed, never hidden or dropped: the person
 * can keep a copy exactly as stored, or remove it after confirming.
 */
export function UnreadableRecords(props: { entries: UnreadableEntry[]; onMessage: (m: string) => void }) {
  const services = useServices();
  const [toDelete, setToDelete] = useState<UnreadableEntry | null>(null);
  if (props.entries.length === 0 && !toDelete) return null;

  async function exportRaw(entry: UnreadableEntry) {
    const data = await services.assessments.raw(entry.id);
    downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), `record-${entry.id}.json`);
  }
  async function confirmDelete() {
    if (!toDelete) return;
    await services.assessments.remove(toDelete.id);
    props.onMessage(`Deleted record ${toDelete.id}.`);
    setToDelete(null);
  }

  return (
    <section aria-labelledby="unreadable-title" className="alert warning">
      <h2 id="unreadable-title">Records this version cannot open</h2>
      <ul className="unreadable">
        {props.entries.map((e) => (
          <li key={e.id}>
            <span>
              <strong>{e.id}</strong> — {reason(e)}
            </span>
            <span className="actions">
              <button type="button" onClick={() => exportRaw(e)} aria-label={`Export record ${e.id} as stored`}>
                Export as stored
              </button>
              <button type="button" className="danger" onClick={() => setToDelete(e)} aria-label={`Delete record ${e.id}`}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this record?"
        confirmLabel="Delete"
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          Record {toDelete?.id} will be removed from this browser. This cannot be undone; export it first if it may hold work
          you need.
        </p>
      </ConfirmDialog>
    </section>
  );
}
