import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useServices } from '../../app/services';

// The procurement code (its schemas run at module load) loads only for someone who has
// a procurement or a vendor response stored; the first screen of everyone else carries none.
const ProcurementList = lazy(() => import('./ProcurementList'));

/** The home page's procurement part: the ways in for a buyer and for a vendor, then the buyer's procurements. */
export function ProcurementSection() {
  const services = useServices();
  const stored = useLiveQuery(() => services.procurementWork(), [services]);
  return (
    <section aria-labelledby="procurements-title" className="procurements">
      <h2 id="procurements-title">Procurements</h2>
      <p className="hint">
        Buyers ask vendors the checklist’s questions and receive their signed answers; vendors open a buyer’s request file and answer it.
      </p>
      <div className="button-row">
        <Link href="/procurement/new" className="button">
          New procurement
        </Link>
        <Link href="/respond" className="button">
          Answer a buyer’s request
        </Link>
      </div>
      {stored === 0 ? (
        <p className="muted">No procurement yet.</p>
      ) : stored !== undefined ? (
        <Suspense fallback={<p role="status">Loading your procurements…</p>}>
          <ProcurementList />
        </Suspense>
      ) : null}
    </section>
  );
}
