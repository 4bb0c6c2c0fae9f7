import { useMemo } from 'react';
import { Link } from 'wouter';
import { MODE_LABELS, percentOfAnswered, resolveChecklist, STAGE_LABELS, type AssessmentSummary, type WizardPlace } from '../../domain';
import { useChecklist } from './useChecklistState';

const PLACE_LABELS: Record<WizardPlace, string> = {
  setup: 'Setting up',
  triage: 'Profile',
  ...STAGE_LABELS,
  review: 'Review',
};

export interface RowActions {
  onDuplicate: (s: AssessmentSummary) => void;
  onExport: (s: AssessmentSummary) => void;
  onDelete: (s: AssessmentSummary) => void;
}

/** One page of the home list, drawn from summaries only: no full row is read to show it. */
export function AssessmentTable(props: { rows: AssessmentSummary[] } & RowActions) {
  return (
    <table className="assessments">
      <caption className="visually-hidden">Assessments stored in this browser</caption>
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">Mode</th>
          <th scope="col">Stage reached</th>
          <th scope="col">Answered</th>
          <th scope="col">Last edited</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((s) => (
          <Row key={s.id} summary={s} {...props} />
        ))}
      </tbody>
    </table>
  );
}

function Row(props: { summary: AssessmentSummary } & RowActions) {
  const s = props.summary;
  const percent = usePercent(s);
  const name = s.productName;
  return (
    <tr>
      <th scope="row">
        <Link href={`/a/${s.id}`}>{name}</Link>
        {s.organisation && <div className="muted">{s.organisation}</div>}
      </th>
      <td>{MODE_LABELS[s.mode]}</td>
      <td>{PLACE_LABELS[s.stageReached]}</td>
      <td>{percent}</td>
      <td>
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

/** The share answered, computed for the rows on screen only, by the same rule as everywhere else. */
function usePercent(s: AssessmentSummary): string {
  const checklist = useChecklist(s.checklist.id, s.checklist.version);
  return useMemo(() => {
    if (checklist.status !== 'ready') return '…';
    const answered = new Set(s.answeredIds);
    return `${percentOfAnswered((id) => answered.has(id), resolveChecklist(checklist.value.checklist, s.triage))}%`;
  }, [checklist, s.answeredIds, s.triage]);
}
