import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { MODE_LABELS, percentOfAnswered, resolveChecklist, STAGE_LABELS, type AnswerProgress, type AssessmentHeader, type ListRow, type WizardPlace } from '../../domain';
import { useServices } from '../../app/services';
import { useChecklist } from './useChecklistState';

const PLACE_LABELS: Record<WizardPlace, string> = {
  setup: 'Setting up',
  triage: 'Profile',
  ...STAGE_LABELS,
  review: 'Review opened',
};

export interface RowActions {
  onDuplicate: (s: AssessmentHeader) => void;
  onExport: (s: AssessmentHeader) => void;
  onDelete: (s: AssessmentHeader) => void;
}

/**
 * One page of the home list, drawn from light lines: no full row is read to show it,
 * and the profile and answered ids behind "Answered" are read for these rows only.
 */
export function AssessmentTable(props: { rows: ListRow[] } & RowActions) {
  const services = useServices();
  const ids = props.rows.map((r) => r.id).join(',');
  const progress = useLiveQuery(() => services.assessments.progressOf(ids.split(',')), [services, ids]);
  return (
    <table className="assessments">
      <caption className="visually-hidden">Assessments stored in this browser</caption>
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">Mode</th>
          <th scope="col">Furthest step opened</th>
          <th scope="col">Answered</th>
          <th scope="col">Last edited</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((s) => (
          <Row key={s.id} summary={s} progress={progress?.get(s.id)} {...props} />
        ))}
      </tbody>
    </table>
  );
}

function Row(props: { summary: ListRow; progress: AnswerProgress | undefined } & RowActions) {
  const s = props.summary;
  const percent = usePercent(s, props.progress);
  const name = s.productName;
  return (
    <tr>
      <th scope="row">
        <Link href={`/a/${s.id}`}><bdi>{name}</bdi></Link>
        {s.organisation && <div className="muted" dir="auto">{s.organisation}</div>}
        {(s.revision > 1 || s.earlier.length > 0) && <EarlierRevisions latest={s} />}
      </th>
      {/* data-label names each cell where a phone shows the row as a card, without the column headers. */}
      <td data-label="Mode">{MODE_LABELS[s.mode]}</td>
      <td data-label="Furthest step opened">{PLACE_LABELS[s.stageReached]}</td>
      <td data-label="Answered">{percent}</td>
      <td data-label="Last edited">
        <time dateTime={s.updatedAt}>{new Date(s.updatedAt).toLocaleString()}</time>
      </td>
      <td className="actions">
        <button type="button" onClick={() => props.onDuplicate(s)} aria-label={`Duplicate ${name}`}>
          Duplicate
        </button>
        <button type="button" onClick={() => props.onExport(s)} aria-label={`Export JSON of ${name}`}>
          Export JSON
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(s)} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The latest revision's number, and a link to each earlier one of the same chain. */
function EarlierRevisions(props: { latest: ListRow }) {
  const { latest } = props;
  return (
    <div className="revisions">
      <span className="badge">Revision {latest.revision}</span>
      {latest.earlier.length > 0 && (
        <details>
          <summary>
            Earlier revisions of <bdi>{latest.productName}</bdi> ({latest.earlier.length})
          </summary>
          <ul>
            {latest.earlier.map((e) => (
              <li key={e.id}>
                <Link href={`/a/${e.id}`}>
                  Revision {e.revision}
                  {e.productName !== latest.productName && (
                    <>
                      {' '}
                      (<bdi>{e.productName}</bdi>)
                    </>
                  )}
                </Link>{' '}
                <span className="muted">
                  last edited <time dateTime={e.updatedAt}>{new Date(e.updatedAt).toLocaleString()}</time>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The share answered, computed for the rows on screen only, by the same rule as everywhere else. */
function usePercent(s: AssessmentHeader, progress: AnswerProgress | undefined): string {
  const checklist = useChecklist(s.checklist.id, s.checklist.version);
  return useMemo(() => {
    if (checklist.status !== 'ready' || !progress) return '…';
    const answered = new Set(progress.answeredIds);
    return `${percentOfAnswered((id) => answered.has(id), resolveChecklist(checklist.value.checklist, progress.triage))}%`;
  }, [checklist, progress]);
}
