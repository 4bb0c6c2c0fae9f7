import { useEffect, useMemo, useRef, useState } from 'react';
import { ACTION_STATUSES, deriveFindings, isOverdue, pageOf, prioritiseFindings, type ActionItem } from '../../domain';
import { useServices } from '../../app/services';
import type { SectionProps } from '../assessment/sections';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Pager } from '../common/Pager';
import { localDate } from '../common/dates';
import { shorten } from '../common/labels';
import { ActionForm, EMPTY_ACTION, type ActionDraft } from './ActionForm';
import { ActionTable } from './ActionTable';
import { exportActionsCsv } from './exportActionsCsv';
import { failureReason } from '../common/storageMessages';
import { findingForNewAction } from './newActionParam';
import { useFindingTitles } from '../findings/titles';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ACTION_STATUS_MESSAGES } from '../findings/words';

type Filter = 'all' | 'overdue' | ActionItem['status'];
const FILTER_WORDS = defineMessages({
  all: { defaultMessage: 'All actions', description: 'Action plan filter' },
  overdue: { defaultMessage: 'Overdue only', description: 'Action plan filter: actions past their due date' },
});
const FILTERS: { value: Filter; label: MessageDescriptor }[] = [
  { value: 'all', label: FILTER_WORDS.all },
  { value: 'overdue', label: FILTER_WORDS.overdue },
  ...ACTION_STATUSES.map((s) => ({ value: s as Filter, label: ACTION_STATUS_MESSAGES[s] })),
];

const WORDS = defineMessages({
  saved: { defaultMessage: 'Action saved.', description: 'Action plan: an edited action was saved' },
  added: { defaultMessage: 'Action added.', description: 'Action plan: a new action was saved' },
  notSaved: { defaultMessage: 'Not saved: {reason}', description: 'Action plan: saving failed; reason says why, as a lower-case sentence' },
  deleted: { defaultMessage: 'Deleted the action “{name}”.', description: 'Action plan: an action was deleted; name is its start' },
  notDeleted: { defaultMessage: 'Not deleted: {reason}', description: 'Action plan: deleting failed; reason says why, as a lower-case sentence' },
});

const withoutId = ({ id: _id, ...draft }: ActionItem): ActionDraft => draft;

/** Actions linked to findings (UNGP 19, 20): who does what by when, and what shows it was done. */
export default function ActionPlanPage({ assessment, resolved, commit, param, shown: inLanguage }: SectionProps) {
  const services = useServices();
  const intl = useIntl();
  const findings = useMemo(() => prioritiseFindings(deriveFindings(assessment, resolved)), [assessment, resolved]);
  // Findings as the page names them (titles in the checklist's chosen language), in the table and the CSV export alike.
  const titled = useFindingTitles(assessment, inLanguage);
  const shownFindings = useMemo(() => findings.map(titled), [findings, titled]);
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
      close(intl.formatMessage(existing ? WORDS.saved : WORDS.added));
    } catch (error) {
      setFailure(intl.formatMessage(WORDS.notSaved, { reason: failureReason(error, intl) }));
    }
  }

  async function remove() {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await commit({ type: 'action.remove', id: toDelete.id });
      close(intl.formatMessage(WORDS.deleted, { name: shorten(toDelete.description, 60) }));
    } catch (error) {
      setFailure(intl.formatMessage(WORDS.notDeleted, { reason: failureReason(error, intl) }));
    }
  }

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">
        <FormattedMessage defaultMessage="Action plan" description="Action plan: section heading" />
      </h2>
      <p className="lead">
        <FormattedMessage
          defaultMessage="For each finding you act on, record what will be done, who owns it and by when; once it is done, record what shows it. The plan exports as a spreadsheet (CSV), in the language chosen for the app."
          description="Action plan: what the section is for; the CSV file's headings and statuses are in the interface's language"
        />
      </p>
      <div className="button-row">
        <button type="button" className="primary" ref={addButton} onClick={() => setEditing('new')} disabled={editing !== null}>
          <FormattedMessage defaultMessage="Add an action" description="Action plan: button that opens the new action form" />
        </button>
        <button
          type="button"
          onClick={() => exportActionsCsv(intl, assessment.subject.productName, actions, shownFindings, today, services.now())}
          disabled={actions.length === 0}
        >
          <FormattedMessage defaultMessage="Export CSV" description="Action plan: button that downloads the plan as a CSV spreadsheet" />
        </button>
        {actions.length > 0 && (
          <div className="inline-field">
            <label htmlFor="action-filter">
              <FormattedMessage defaultMessage="Show" description="Action plan: filter of the list" />
            </label>
            <select id="action-filter" value={filter} onChange={(e) => {
                setFilter(e.target.value as Filter);
                setListPage(1);
              }}>
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {intl.formatMessage(f.label)}
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
          <FormattedMessage
            defaultMessage="<b>{overdue, plural, one {# action is overdue.} other {# actions are overdue.}}</b> Marked “Overdue” below."
            description="Action plan: warning counting actions past their due date"
            values={{ overdue, b: (text) => <strong>{text}</strong> }}
          />
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
          title={
            editing === 'new'
              ? intl.formatMessage({ defaultMessage: 'New action', description: 'Action plan: title of the form for a new action' })
              : intl.formatMessage({ defaultMessage: 'Edit action', description: 'Action plan: title of the form editing an action' })
          }
          initial={editing === 'new' ? (newFor ? { ...EMPTY_ACTION, findingKeys: [newFor] } : EMPTY_ACTION) : withoutId(editing)}
          findings={shownFindings}
          onSave={save}
          onCancel={() => close(null)}
        />
      )}
      {actions.length === 0 ? (
        <p className="empty-state">
          <FormattedMessage defaultMessage="No actions yet. Add one for each finding you decide to act on." description="Action plan: the plan is empty" />
        </p>
      ) : (
        <ActionTable
          assessmentId={assessment.id}
          actions={shownPage.rows}
          findings={shownFindings}
          today={today}
          caption={
            shown.length === actions.length
              ? intl.formatMessage({ defaultMessage: 'Actions ({total})', description: 'Action plan table: caption; total is a number' }, { total: actions.length })
              : intl.formatMessage(
                  { defaultMessage: 'Actions ({shown} of {total} shown)', description: 'Action plan table: caption while filtered; numbers' },
                  { shown: shown.length, total: actions.length },
                )
          }
          onEdit={(a) => {
            setNotice(null);
            setEditing(a);
          }}
          onDelete={setToDelete}
        />
      )}
      <Pager page={shownPage} label={intl.formatMessage({ defaultMessage: 'Pages of actions', description: 'Action plan: spoken name of the paging controls' })} onPage={setListPage} />
      <ConfirmDialog
        open={toDelete !== null}
        title={intl.formatMessage({ defaultMessage: 'Delete this action?', description: 'Action plan: title of the dialog confirming a deletion' })}
        confirmLabel={intl.formatMessage({ defaultMessage: 'Delete action', description: 'Action plan: button confirming the deletion' })}
        danger
        onConfirm={remove}
        onCancel={() => setToDelete(null)}
      >
        <p>
          <FormattedMessage
            defaultMessage="“{description}” will be removed from the plan. This cannot be undone."
            description="Action plan: what deleting an action means; description is the action’s text"
            values={{ description: <bdi>{toDelete?.description}</bdi> }}
          />
        </p>
      </ConfirmDialog>
    </section>
  );
}
