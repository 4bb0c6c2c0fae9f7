import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { LIST_PAGE_SIZE, newAssessment } from '../../domain';
import { useServices } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { AssessmentList } from './AssessmentList';
import { ImportPanel } from './ImportPanel';
import { EmptiedStoreNotice } from './EmptiedStoreNotice';
import { StorageProblem } from '../common/StorageProblem';
import { StorageStatus } from '../storage/StorageStatus';
import { requestPersistence } from '../storage/deviceStorage';
import { BackupReminder } from './BackupReminder';
import { RepairNotice } from './RepairNotice';

export function HomePage() {
  const services = useServices();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The first page and the counts only: a few reads whatever the number stored; the
  // list reads the rest after it is drawn. A store that cannot be read is reported on
  // screen, never left at "Loading…".
  const read = useLiveQuery(
    () => services.assessments.listHead(LIST_PAGE_SIZE).then((head) => ({ head, cause: null }), (cause: unknown) => ({ head: null, cause })),
    [services],
  );
  const head = read?.head ?? undefined;

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { ref } = await loadChecklist();
      const assessment = newAssessment({
        id: services.newId(),
        at: services.now().toISOString(),
        mode: 'self',
        subject: { productName: 'Untitled assessment', version: '', organisation: '', description: '' },
        checklist: ref,
      });
      await services.assessments.create(assessment);
      void requestPersistence();
      navigate(`/a/${assessment.id}`);
    } catch (e) {
      setError(`Could not create the assessment: ${(e as Error).message}`);
      setBusy(false);
    }
  }

  if (read && read.head === null) return <StorageProblem title="Your assessments could not be opened" cause={read.cause} />;
  return (
    <>
      <h1>Your assessments</h1>
      {head && <EmptiedStoreNotice total={head.total} />}
      <div className="button-row">
        <button type="button" className="primary" onClick={create} disabled={busy}>
          New assessment
        </button>
        <ImportPanel />
        <Link href="/backup" className="button">
          Back up or restore everything
        </Link>
      </div>
      <BackupReminder />
      <RepairNotice />
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {head === undefined ? (
        <p role="status">Loading your assessments…</p>
      ) : head.total === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">Check a technology against human rights, stage by stage</h2>
          <p>
            This tool walks you through the HRBA@Tech checklist for each stage of a product's life (conception, design,
            deployment and operation), based on the UN Guiding Principles on Business and Human Rights. Everything you
            enter stays in this browser; export a PDF report or a file to share when you are ready.
          </p>
        </section>
      ) : (
        <AssessmentList head={head} />
      )}
      {head !== undefined && <StorageStatus hasAssessments={head.total > 0} />}
    </>
  );
}
