import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { shorten } from '../common/labels';

export interface RecordFormProps<D> {
  title: string;
  initial: D;
  onSave: (draft: D) => Promise<void>;
  onCancel: () => void;
}

/**
 * One register on the context page (trade-offs, stakeholders, benefits): its
 * entries as cards, each editable in place and deletable after a confirmation,
 * and a form to add one. Entries keep the order people added them in.
 */
export function RecordSection<T extends { id: string }>(props: {
  title: string;
  intro: ReactNode;
  noun: string;
  addLabel: string;
  empty: string;
  records: readonly T[];
  blank: Omit<T, 'id'>;
  name: (record: T) => string;
  details: (record: T) => { term: string; value: ReactNode }[];
  renderForm: (props: RecordFormProps<Omit<T, 'id'>>) => ReactNode;
  save: (record: T) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  newId: () => string;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [toDelete, setToDelete] = useState<T | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { renderForm, noun } = props;
  // Focus returns to the add button once the form has closed and the button is enabled again.
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd) addButton.current?.focus();
  }, [focusAdd]);

  function close(message: string | null) {
    setEditing(null);
    setNotice(message);
    setFocusAdd((n) => n + 1);
  }
  const saveAs = (id: string | null) => async (draft: Omit<T, 'id'>) => {
    setFailure(null);
    try {
      await props.save({ ...draft, id: id ?? props.newId() } as T);
      close(id ? `Saved the ${noun}.` : `Added the ${noun}.`);
    } catch (error) {
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  async function confirmRemove() {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await props.remove(toDelete.id);
      close(`Deleted the ${noun} “${shorten(props.name(toDelete), 60)}”.`);
    } catch (error) {
      setFailure(`Not deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section aria-labelledby={headingId} className="record-section">
      <h2 id={headingId}>{props.title}</h2>
      <div className="lead">{props.intro}</div>
      <p role="status" className="status-line">
        {notice}
      </p>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      {props.records.length === 0 && editing !== 'new' && <p className="empty-state">{props.empty}</p>}
      {props.records.length > 0 && (
        <ul className="record-list" aria-labelledby={headingId}>
          {props.records.map((r) => {
            const { id: _id, ...draft } = r;
            return (
              <li key={r.id}>
                {editing === r.id ? (
                  renderForm({ title: `Edit the ${noun}`, initial: draft, onSave: saveAs(r.id), onCancel: () => close(null) })
                ) : (
                  <article className="record-card" aria-labelledby={`${headingId}-${r.id}`}>
                    <h3 id={`${headingId}-${r.id}`} dir="auto">{props.name(r)}</h3>
                    <dl className="record-fields">
                      {props.details(r).map((d) => (
                        <div key={d.term}>
                          <dt>{d.term}</dt>
                          <dd>{d.value}</dd>
                        </div>
                      ))}
                    </dl>
                    <div className="row-buttons">
                      <button type="button" onClick={() => setEditing(r.id)} disabled={editing !== null}>
                        Edit<span className="visually-hidden"> the {noun}: {shorten(props.name(r), 60)}</span>
                      </button>
                      <button type="button" className="danger" onClick={() => setToDelete(r)}>
                        Delete<span className="visually-hidden"> the {noun}: {shorten(props.name(r), 60)}</span>
                      </button>
                    </div>
                  </article>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing === 'new' ? (
        renderForm({ title: `New ${noun}`, initial: props.blank, onSave: saveAs(null), onCancel: () => close(null) })
      ) : (
        <div className="button-row">
          <button type="button" ref={addButton} onClick={() => setEditing('new')} disabled={editing !== null}>
            {props.addLabel}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete this ${noun}?`}
        confirmLabel={`Delete ${noun}`}
        danger
        onConfirm={confirmRemove}
        onCancel={() => setToDelete(null)}
      >
        <p>“<bdi>{toDelete ? props.name(toDelete) : ''}</bdi>” will be deleted. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
