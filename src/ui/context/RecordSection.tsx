import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { shorten } from '../common/labels';
import type { MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

export interface RecordFormProps<D> {
  title: string;
  initial: D;
  onSave: (draft: D) => Promise<void>;
  onCancel: () => void;
}

/**
 * Whole sentences for one register (each language inflects its noun its own way): `{name}`
 * is the entry's name where a message names it.
 */
export interface RecordWords {
  title: MessageDescriptor;
  add: MessageDescriptor;
  empty: MessageDescriptor;
  added: MessageDescriptor;
  saved: MessageDescriptor;
  deleted: MessageDescriptor;
  newTitle: MessageDescriptor;
  editTitle: MessageDescriptor;
  editHidden: MessageDescriptor;
  deleteHidden: MessageDescriptor;
  deleteTitle: MessageDescriptor;
  deleteConfirm: MessageDescriptor;
}

/**
 * One register on the context page (trade-offs, stakeholders, benefits): its
 * entries as cards, each editable in place and deletable after a confirmation,
 * and a form to add one. Entries keep the order people added them in.
 */
export function RecordSection<T extends { id: string }>(props: {
  words: RecordWords;
  intro: ReactNode;
  records: readonly T[];
  blank: Omit<T, 'id'>;
  name: (record: T) => string;
  details: (record: T) => { term: string; value: ReactNode }[];
  renderForm: (props: RecordFormProps<Omit<T, 'id'>>) => ReactNode;
  save: (record: T) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  newId: () => string;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [toDelete, setToDelete] = useState<T | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { renderForm, words } = props;
  const say = (message: MessageDescriptor, record?: T) => intl.formatMessage(message, record ? { name: shorten(props.name(record), 60) } : undefined);
  const problem = (error: unknown) => failureReason(error, intl);
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
      close(say(id ? words.saved : words.added));
    } catch (error) {
      setFailure(intl.formatMessage({ defaultMessage: 'Not saved: {problem}', description: 'Context page: saving an entry failed (the reason follows)' }, { problem: problem(error) }));
    }
  };
  async function confirmRemove() {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await props.remove(toDelete.id);
      close(say(words.deleted, toDelete));
    } catch (error) {
      setFailure(intl.formatMessage({ defaultMessage: 'Not deleted: {problem}', description: 'Context page: deleting an entry failed (the reason follows)' }, { problem: problem(error) }));
    }
  }

  return (
    <section aria-labelledby={headingId} className="record-section">
      <h2 id={headingId}>{say(words.title)}</h2>
      <div className="lead">{props.intro}</div>
      <p role="status" className="status-line">
        {notice}
      </p>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      {props.records.length === 0 && editing !== 'new' && <p className="empty-state">{say(words.empty)}</p>}
      {props.records.length > 0 && (
        <ul className="record-list" aria-labelledby={headingId}>
          {props.records.map((r) => {
            const { id: _id, ...draft } = r;
            return (
              <li key={r.id}>
                {editing === r.id ? (
                  renderForm({ title: say(words.editTitle), initial: draft, onSave: saveAs(r.id), onCancel: () => close(null) })
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
                        <FormattedMessage defaultMessage="Edit" description="Context page: button that edits an entry" />
                        <span className="visually-hidden"> {say(words.editHidden, r)}</span>
                      </button>
                      <button type="button" className="danger" onClick={() => setToDelete(r)}>
                        <FormattedMessage defaultMessage="Delete" description="Context page: button that deletes an entry" />
                        <span className="visually-hidden"> {say(words.deleteHidden, r)}</span>
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
        renderForm({ title: say(words.newTitle), initial: props.blank, onSave: saveAs(null), onCancel: () => close(null) })
      ) : (
        <div className="button-row">
          <button type="button" ref={addButton} onClick={() => setEditing('new')} disabled={editing !== null}>
            {say(words.add)}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={say(words.deleteTitle)}
        confirmLabel={say(words.deleteConfirm)}
        danger
        onConfirm={confirmRemove}
        onCancel={() => setToDelete(null)}
      >
        <p>
          <FormattedMessage
            defaultMessage="“{name}” will be deleted. This cannot be undone."
            description="Context page: confirming the deletion of an entry (its name)"
            values={{ name: <bdi>{toDelete ? props.name(toDelete) : ''}</bdi> }}
          />
        </p>
      </ConfirmDialog>
    </section>
  );
}
