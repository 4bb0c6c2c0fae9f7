import { useEffect, useMemo, useRef, useState } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, deriveFindings, isOverdue, pageOf, prioritiseFindings, type ActionItem } from '../../domain';
import { useServices } from '../../app/services';
import type { SectionProps } from '../assessment/sections';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Pager } from '../common/Pager';
import { localDate } from '../common/dates';
import { shorten } from '../common/labels';
import { ActionForm, EMPTY_ACTION, type ActionDraft } from './ActionForm';
import { ActionTable } from './ActionTable';
import { exportActionsCsv } from './exportActionsCsv';
import { findingForNewAction } from './newActionParam';

type Filter = 'all' | 'overdue' | ActionItem['status'];
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All actions' },
  { value: 'overdue', label: 'Overdue only' },
  ...ACTION_STATUSES.map((s) => ({ value: s as Filter, label: ACTION_STATUS_LABELS[s] })),
];

const withoutId = ({ id: _id, ...draft }: ActionItem): ActionDraft => draft;

/** Actions linked to findings (UNGP 19, 20): who does what by when, and what shows it was done. */
export default function ActionPlanPage({ assessment, resolved, commit, param }: SectionProps) {
  const services = useServices();
  const findings = useMemo(() => prioritiseFindings(deriveFindings(assessment, resolved)), [assessment, resolved]);
  // Read once: a re-render must not move "today" (nor advance a test's clock).
  const [today] = useState(() => localDate(services.now()));
  // "Create an action for this finding" opens the form at once, the finding already chosen (if it is still open).
  const [newFor] = useState(() => {
    const key = findingForNewAction(param);
    return key && findings.some((f) => f.key === key) ? key : null;
  });
  const [editing, setEditing] = useState<'new' | ActionItem | null>(newFor ? 'new' : null);
  const [toDelete, setToDelete] = useState<ActionItem | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [listPage, setListPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Focus returns to "Add an action" once the form has closed and the button is enabled again.
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd) addButton.current?.focus();
  }, [focusAdd]);

  const actions = assessment.actions;
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const shown = actions.filter((a) => (filter === 'all' ? true : filter === 'overdue' ? isOverdue(a, today) : a.status === filter));
  const shownPage = pageOf(shown, listPage);

  function close(message: string | null) {
    setEditing(null);
    setNotice(message);
    setFocusAdd((n) => n + 1);
  }

  async function save(draft: ActionDraft) {
    const existing = editing !== 'new' ? editing : null;
    setFailure(null);
    try {
      await commit({ type: 'action.set', action: { ...draft, id: existing?.id ?? services.newId() } });
      close(existing ? 'Action saved.' : 'Action added.');
    } catch (error) {
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function remove() {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await commit({ type: 'action.remove', id: toDelete.id });
      close(`Deleted the action “${shorten(toDelete.description, 60)}”.`);
    } catch (error) {
      setFailure(`Not deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">Action plan</h2>
      <p className="lead">
        For each finding you act on, record what will be done, who owns it and by when; once it is done, record what shows it. The
        plan exports as a spreadsheet (CSV).
      </p>
      <div className="button-row">
        <button type="button" className="primary" ref={addButton} onClick={() => setEditing('new')} disabled={editing !== null}>
          Add an action
        </button>
        <button
          type="button"
          onClick={() => exportActionsCsv(assessment.subject.productName, actions, findings, today, services.now())}
          disabled={actions.length === 0}
        >
          Export CSV
        </button>
        {actions.length > 0 && (
          <div className="inline-field">
            <label htmlFor="action-filter">Show</label>
            <select id="action-filter" value={filter} onChange={(e) => {
                setFilter(e.target.value as Filter);
                setListPage(1);
              }}>
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
      {overdue > 0 && (
        <p className="alert warning">
          <strong>
            {overdue} action{overdue === 1 ? ' is' : 's are'} overdue.
          </strong>{' '}
          Marked “Overdue” below.
        </p>
      )}
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      {editing !== null && (
        <ActionForm
          key={editing === 'new' ? 'new' : editing.id}
          title={editing === 'new' ? 'New action' : 'Edit action'}
          initial={editing === 'new' ? (newFor ? { ...EMPTY_ACTION, findingKeys: [newFor] } : EMPTY_ACTION) : withoutId(editing)}
          findings={findings}
          onSave={save}
          onCancel={() => close(null)}
        />
      )}
      {actions.length === 0 ? (
        <p className="empty-state">No actions yet. Add one for each finding you decide to act on.</p>
      ) : (
        <ActionTable
          assessmentId={assessment.id}
          actions={shownPage.rows}
          findings={findings}
          today={today}
          caption={shown.length === actions.length ? `Actions (${actions.length})` : `Actions (${shown.length} of ${actions.length} shown)`}
          onEdit={(a) => {
            setNotice(null);
            setEditing(a);
          }}
          onDelete={setToDelete}
        />
      )}
      <Pager page={shownPage} label="Pages of actions" onPage={setListPage} />
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this action?"
        confirmLabel="Delete action"
        danger
        onConfirm={remove}
        onCancel={() => setToDelete(null)}
      >
        <p>“<bdi>{toDelete?.description}</bdi>” will be removed from the plan. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
