import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { LIST_PAGE_SIZE } from '../../domain';
import { useServices } from '../../app/services';
import { AssessmentList } from './AssessmentList';
import { ImportPanel } from './ImportPanel';
import { EmptiedStoreNotice } from './EmptiedStoreNotice';
import { lazyPart } from '../common/lazyPart';
import { StorageStatus } from '../storage/StorageStatus';
import { BackupReminder } from './BackupReminder';
import { RepairNotice } from './RepairNotice';
import { ProcurementSection } from '../procurement/ProcurementSection';
import { FormattedMessage, useIntl } from '../../i18n/react';

// Shown only when the browser's storage cannot be read: its words load then.
const StorageProblem = lazyPart(() => import('../common/StorageProblem').then((m) => m.StorageProblem));

export function HomePage() {
  const services = useServices();
  const intl = useIntl();
  // The first page and the counts only: a few reads whatever the number stored; the
  // list reads the rest after it is drawn. A store that cannot be read is reported on
  // screen, never left at "Loading…".
  const read = useLiveQuery(
    () => services.assessments.listHead(LIST_PAGE_SIZE).then((head) => ({ head, cause: null }), (cause: unknown) => ({ head: null, cause })),
    [services],
  );
  const head = read?.head ?? undefined;

  if (read && read.head === null) return <StorageProblem title={intl.formatMessage({ defaultMessage: 'Your assessments could not be opened', description: 'Home: title when the browser storage cannot be read' })} cause={read.cause} />;
  return (
    <>
      <h1>
        <FormattedMessage defaultMessage="Your assessments" description="Home page heading" />
      </h1>
      {head && <EmptiedStoreNotice total={head.total} />}
      <div className="button-row">
        <Link href="/new" className="button primary">
          <FormattedMessage defaultMessage="New assessment" description="Home: button to start an assessment" />
        </Link>
        <ImportPanel />
        <Link href="/backup" className="button">
          <FormattedMessage defaultMessage="Back up or restore everything" description="Home: link to the backup page" />
        </Link>
      </div>
      <BackupReminder />
      <RepairNotice />
      {head === undefined ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading your assessments…" description="Home: while the list is read" />
        </p>
      ) : head.total === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">
            <FormattedMessage defaultMessage="Check a technology against human rights, stage by stage" description="Home, first visit: heading that explains the tool" />
          </h2>
          <p>
            <FormattedMessage
              defaultMessage="This tool walks you through the HRBA@Tech checklist for each stage of a product's life (conception, design, deployment and operation), based on the UN Guiding Principles on Business and Human Rights. Everything you enter stays in this browser; export a PDF report or a file to share when you are ready."
              description="Home, first visit: what the tool does"
            />
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
