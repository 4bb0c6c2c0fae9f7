import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { useChecklist } from '../home/useChecklistState';
import { restorableWizardSnapshot, snapshotFitsChecklist } from '../../machines/wizardPersistence';
import { AssessmentShell } from '../assessment/AssessmentShell';

/**
 * Loads everything an open assessment needs (assessment, checklist, the wizard's
 * saved position) once, before showing any of its sections.
 */
export default function AssessmentPage(props: { id: string }) {
  const services = useServices();
  // `undefined` while the query runs; `null` once it is known there is no such assessment.
  const stored = useLiveQuery(async () => (await services.assessments.find(props.id)) ?? null, [services, props.id]);
  const checklist = useChecklist(stored?.ok ? stored.assessment.checklist.id : undefined, stored?.ok ? stored.assessment.checklist.version : undefined);
  const [snapshot, setSnapshot] = useState<{ value: unknown } | null>(null);

  useEffect(() => {
    let live = true;
    services.wizardStates.load(props.id).then(
      (s) => live && setSnapshot({ value: restorableWizardSnapshot(s, props.id) }),
      () => live && setSnapshot({ value: null }),
    );
    return () => {
      live = false;
    };
  }, [services, props.id]);

  if (stored === undefined || snapshot === null || (stored?.ok && checklist.status === 'loading')) {
    return <p role="status">Opening the assessment…</p>;
  }
  if (!stored) {
    return (
      <>
        <h1>Assessment not found</h1>
        <p>
          It may have been deleted, or it was made in another browser. <Link href="/">Back to your assessments</Link>
        </p>
      </>
    );
  }
  if (!stored.ok) {
    return (
      <div role="alert">
        <h1>This assessment is damaged</h1>
        <p>
          {stored.problems[0]?.path}: {stored.problems[0]?.message}
        </p>
        <Link href="/">Back to your assessments</Link>
      </div>
    );
  }
  if (checklist.status === 'error') {
    return (
      <div role="alert">
        <h1>The checklist could not be loaded</h1>
        <pre>{checklist.message}</pre>
      </div>
    );
  }
  if (checklist.status !== 'ready') return null;
  const { assessment } = stored;
  // Just after an upgrade the stored assessment names the new version a moment before it has loaded.
  if (checklist.value.ref.version !== assessment.checklist.version) return <p role="status">Opening the assessment…</p>;
  const fits = snapshot.value !== null && snapshotFitsChecklist(snapshot.value, checklist.value.checklist, assessment.triage);
  return (
    <AssessmentShell
      key={assessment.checklist.version}
      assessment={assessment}
      loaded={checklist.value}
      initialSnapshot={fits ? snapshot.value : null}
    />
  );
}
