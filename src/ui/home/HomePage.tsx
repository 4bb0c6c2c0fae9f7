import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { LIST_PAGE_SIZE } from '../../domain';
import { useServices } from '../../app/services';
import { AssessmentList } from './AssessmentList';
import { ImportPanel } from './ImportPanel';
import { EmptiedStoreNotice } from './EmptiedStoreNotice';
import { StorageProblem } from '../common/StorageProblem';
import { StorageStatus } from '../storage/StorageStatus';
import { BackupReminder } from './BackupReminder';
import { RepairNotice } from './RepairNotice';
import { ProcurementSection } from '../procurement/ProcurementSection';


export function HomePage() {
  const services = useServices();
  // The first page and the counts only: a few reads whatever the number stored; the
  // list reads the rest after it is drawn. A store that cannot be read is reported on
  // screen, never left at "Loading…".
  const read = useLiveQuery(
    () => services.assessments.listHead(LIST_PAGE_SIZE).then((head) => ({ head, cause: null }), (cause: unknown) => ({ head: null, cause })),
    [services],
  );
  const head = read?.head ?? undefined;

  if (read && read.head === null) return <StorageProblem title="Your assessments could not be opened" cause={read.cause} />;
  return (
    <>
      <h1>Your assessments</h1>
      {head && <EmptiedStoreNotice total={head.total} />}
      <div className="button-row">
        <Link href="/new" className="button primary">
          New assessment
        </Link>
        <ImportPanel />
        <Link href="/backup" className="button">
          Back up or restore everything
        </Link>
      </div>
      <BackupReminder />
      <RepairNotice />
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
      <ProcurementSection />
      {head !== undefined && <StorageStatus hasAssessments={head.total > 0} />}
    </>
  );
}
