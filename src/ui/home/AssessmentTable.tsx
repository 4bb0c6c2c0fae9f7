import { useState } from 'react';
import { Link } from 'wouter';
import {
  MODE_LABELS,
  percentAnswered,
  resolveChecklist,
  STAGE_LABELS,
  type Assessment,
  type WizardPlace,
} from '../../domain';
import type { StoredAssessment } from '../../db';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { exportAssessmentJson } from '../common/exports';
import { useChecklist } from './useChecklistState';

const PLACE_LABELS: Record<WizardPlace, string> = {
  setup: 'Setting up',
  triage: 'Profile',
  ...STAGE_LABELS,
  review: 'Review',
};

export function AssessmentTable(props: { stored: StoredAssessment[] }) {
  const services = useServices();
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function duplicate(a: Assessment) {
    const copy = await services.assessments.duplicate(a.id, services.newId());
    setMessage(`Created "${copy.subject.productName}".`);
  }
  async function confirmDelete() {
    if (!toDelete) return;
    await services.assessments.remove(toDelete.id);
    setMessage(`Deleted "${toDelete.subject.productName}".`);
    setToDelete(null);
  }

  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
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
          {props.stored.map((s) =>
            s.ok ? (
              <Row key={s.assessment.id} assessment={s.assessment} onDuplicate={duplicate} onDelete={setToDelete} />
            ) : (
              <tr key={s.id}>
                <td colSpan={5}>
                  Damaged record {s.id}: {s.problems[0]?.path}: {s.problems[0]?.message}
                </td>
                <td />
              </tr>
            ),
          )}
        </tbody>
      </table>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this assessment?"
        confirmLabel="Delete"
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          "{toDelete?.subject.productName}" and all its answers will be removed from this browser. This cannot be undone;
          export it first if you may need it.
        </p>
      </ConfirmDialog>
    </>
  );
}

function Row(props: { assessment: Assessment; onDuplicate: (a: Assessment) => void; onDelete: (a: Assessment) => void }) {
  const a = props.assessment;
  const services = useServices();
  const checklist = useChecklist(a.checklist.id, a.checklist.version);
  const percent =
    checklist.status === 'ready' ? `${percentAnswered(a, resolveChecklist(checklist.value.checklist, a.triage))}%` : '…';
  const name = a.subject.productName;
  return (
    <tr>
      <th scope="row">
        <Link href={`/a/${a.id}`}>{name}</Link>
        {a.subject.organisation && <div className="muted">{a.subject.organisation}</div>}
      </th>
      <td>{MODE_LABELS[a.mode]}</td>
      <td>{PLACE_LABELS[a.progress.stageReached]}</td>
      <td>{percent}</td>
      <td>
        <time dateTime={a.updatedAt}>{new Date(a.updatedAt).toLocaleString()}</time>
      </td>
      <td className="actions">
        <button type="button" onClick={() => props.onDuplicate(a)} aria-label={`Duplicate ${name}`}>
          Duplicate
        </button>
        <button type="button" onClick={() => exportAssessmentJson(a, services.now())} aria-label={`Export JSON of ${name}`}>
          Export JSON
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(a)} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
