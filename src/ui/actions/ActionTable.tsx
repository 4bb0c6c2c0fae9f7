import { Link } from 'wouter';
import { ACTION_STATUS_LABELS, isOverdue, type ActionItem, type Finding } from '../../domain';
import { sectionHref } from '../assessment/sections';
import { formatDate } from '../common/dates';
import { TableScroll } from '../common/TableScroll';
import { shorten } from '../common/labels';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { action: 'Action', findings: 'Findings', owner: 'Owner', due: 'Due date', status: 'Status', evidence: 'Completion evidence' };

/** The plan at a glance. An overdue action says so in words, not by colour alone. */
export function ActionTable(props: {
  assessmentId: string;
  actions: readonly ActionItem[];
  findings: readonly Finding[];
  today: string;
  caption: string;
  onEdit: (action: ActionItem) => void;
  onDelete: (action: ActionItem) => void;
}) {
  const titles = new Map(props.findings.map((f) => [f.key, f.title]));
  return (
    <TableScroll label={props.caption}>
      <table className="actions-table cards">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {Object.values(COLUMNS).map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Change</span>
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
                <td data-label={COLUMNS.findings}>
                  {a.findingKeys.length === 0 ? (
                    <span className="muted">None linked</span>
                  ) : (
                    <ul className="plain-list">
                      {a.findingKeys.map((k) => (
                        <li key={k}>
                          {titles.has(k) ? <Link href={sectionHref(props.assessmentId, 'findings', k)}><bdi>{shorten(titles.get(k)!, 70)}</bdi></Link> : `${k} (no longer open)`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={COLUMNS.owner}>{a.owner || <span className="muted">Not set</span>}</td>
                <td data-label={COLUMNS.due}>
                  {a.dueDate ? formatDate(a.dueDate) : <span className="muted">Not set</span>}
                  {overdue && (
                    <>
                      {' '}
                      <strong className="badge overdue">Overdue</strong>
                    </>
                  )}
                </td>
                <td data-label={COLUMNS.status}>{ACTION_STATUS_LABELS[a.status]}</td>
                <td data-label={COLUMNS.evidence}>{a.completionEvidence || <span className="muted">None yet</span>}</td>
                <td>
                  <div className="row-buttons">
                    <button type="button" onClick={() => props.onEdit(a)}>
                      Edit<span className="visually-hidden"> action: {name}</span>
                    </button>
                    <button type="button" className="danger" onClick={() => props.onDelete(a)}>
                      Delete<span className="visually-hidden"> action: {name}</span>
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
