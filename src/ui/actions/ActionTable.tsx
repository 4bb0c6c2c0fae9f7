import { Link } from 'wouter';
import { isOverdue, type ActionCsvColumn, type ActionItem } from '../../domain';
import type { ShownFinding } from '../findings/titles';
import { sectionHref } from '../assessment/sections';
import { useDates } from '../common/dates';
import { TableScroll } from '../common/TableScroll';
import { shorten } from '../common/labels';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ACTION_STATUS_MESSAGES } from '../findings/words';
import { ACTION_COLUMN_MESSAGES } from './words';

/** The table's columns (the CSV's, but for overdue, which the table says with a badge beside the due date). */
const COLUMNS = ['action', 'findings', 'owner', 'dueDate', 'status', 'completionEvidence'] as const satisfies readonly ActionCsvColumn[];

const WORDS = defineMessages({
  notSet: { defaultMessage: 'Not set', description: 'Action plan table: no owner or due date given' },
});

/** The plan at a glance. An overdue action says so in words, not by colour alone. */
export function ActionTable(props: {
  assessmentId: string;
  actions: readonly ActionItem[];
  findings: readonly ShownFinding[];
  today: string;
  caption: string;
  onEdit: (action: ActionItem) => void;
  onDelete: (action: ActionItem) => void;
}) {
  const intl = useIntl();
  const dates = useDates();
  const column = (key: ActionCsvColumn) => intl.formatMessage(ACTION_COLUMN_MESSAGES[key]);
  const titles = new Map(props.findings.map((f) => [f.key, f]));
  return (
    <TableScroll label={props.caption}>
      <table className="actions-table cards">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th scope="col" key={key}>
                {column(key)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">
                <FormattedMessage defaultMessage="Change" description="Action plan table: column of the edit and delete buttons (read by screen readers)" />
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a) => {
            const overdue = isOverdue(a, props.today);
            const name = shorten(a.description, 60);
            return (
              <tr key={a.id} className={overdue ? 'overdue-row' : undefined}>
                <th scope="row" dir="auto">{a.description}</th>
                <td data-label={column('findings')}>
                  {a.findingKeys.length === 0 ? (
                    <span className="muted">
                      <FormattedMessage defaultMessage="None linked" description="Action plan table: the action addresses no finding" />
                    </span>
                  ) : (
                    <ul className="plain-list">
                      {a.findingKeys.map((k) => (
                        <li key={k}>
                          {titles.has(k) ? (
                            <Link href={sectionHref(props.assessmentId, 'findings', k)}>
                              <bdi lang={titles.get(k)!.titleLang}>{shorten(titles.get(k)!.title, 70)}</bdi>
                            </Link>
                          ) : (
                            intl.formatMessage({ defaultMessage: '{key} (no longer open)', description: 'Action plan table: a linked finding that is resolved or gone; key is its id' }, { key: k })
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={column('owner')}>
                  {a.owner ? <bdi>{a.owner}</bdi> : <span className="muted">{intl.formatMessage(WORDS.notSet)}</span>}
                </td>
                <td data-label={column('dueDate')}>
                  {a.dueDate ? dates.date(a.dueDate) : <span className="muted">{intl.formatMessage(WORDS.notSet)}</span>}
                  {overdue && (
                    <>
                      {' '}
                      <strong className="badge overdue">
                        <FormattedMessage defaultMessage="Overdue" description="Action plan table: badge on an action past its due date" />
                      </strong>
                    </>
                  )}
                </td>
                <td data-label={column('status')}>{intl.formatMessage(ACTION_STATUS_MESSAGES[a.status])}</td>
                <td data-label={column('completionEvidence')}>
                  {a.completionEvidence ? (
                    <bdi>{a.completionEvidence}</bdi>
                  ) : (
                    <span className="muted">
                      <FormattedMessage defaultMessage="None yet" description="Action plan table: no completion evidence recorded" />
                    </span>
                  )}
                </td>
                <td>
                  <div className="row-buttons">
                    <button type="button" onClick={() => props.onEdit(a)}>
                      <FormattedMessage
                        defaultMessage="Edit<hidden> action: {name}</hidden>"
                        description="Action plan table: edit button; the hidden part, read by screen readers, names the action"
                        values={{ name, hidden: (text) => <span className="visually-hidden">{text}</span> }}
                      />
                    </button>
                    <button type="button" className="danger" onClick={() => props.onDelete(a)}>
                      <FormattedMessage
                        defaultMessage="Delete<hidden> action: {name}</hidden>"
                        description="Action plan table: delete button; the hidden part, read by screen readers, names the action"
                        values={{ name, hidden: (text) => <span className="visually-hidden">{text}</span> }}
                      />
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
