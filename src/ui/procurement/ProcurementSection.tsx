import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { FormattedMessage } from '../../i18n/react';

// The procurement code (its schemas run at module load) loads only for someone who has
// a procurement or a vendor response stored; the first screen of everyone else carries none.
const ProcurementList = lazy(() => import('./ProcurementList'));

/** The home page's procurement part: the ways in for a buyer and for a vendor, then the buyer's procurements. */
export function ProcurementSection() {
  const services = useServices();
  const stored = useLiveQuery(() => services.procurementWork(), [services]);
  return (
    <section aria-labelledby="procurements-title" className="procurements">
      <h2 id="procurements-title">
        <FormattedMessage defaultMessage="Procurements" description="Home: heading of the procurement part" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="Buyers ask vendors the checklist’s questions and receive their signed answers; vendors open a buyer’s request file and answer it."
          description="Home: what the procurement part is for"
        />
      </p>
      <div className="button-row">
        <Link href="/procurement/new" className="button">
          <FormattedMessage defaultMessage="New procurement" description="Home: button to start a buyer's request to vendors" />
        </Link>
        <Link href="/respond" className="button">
          <FormattedMessage defaultMessage="Answer a buyer’s request" description="Home: button for a vendor to open a buyer's request file" />
        </Link>
      </div>
      {stored === 0 ? (
        <p className="muted">
          <FormattedMessage defaultMessage="No procurement yet." description="Home: the procurement list is empty" />
        </p>
      ) : stored !== undefined ? (
        <Suspense
          fallback={
            <p role="status">
              <FormattedMessage defaultMessage="Loading your procurements…" description="Home: while the procurement list loads" />
            </p>
          }
        >
          <ProcurementList />
        </Suspense>
      ) : null}
    </section>
  );
}
