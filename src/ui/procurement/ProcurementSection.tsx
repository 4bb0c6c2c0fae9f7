import './procurement.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useProcurementRepo } from './useProcurementRepo';
import { ProcurementRows } from './ProcurementRows';
import { VendorResponseList } from './vendor/VendorResponseList';

/**
 * The home page's procurement part, loaded after the first screen: the buyer's
 * procurements, one row each, and the ways in for a buyer and for a vendor.
 */
export default function ProcurementSection() {
  const repo = useProcurementRepo();
  const rows = useLiveQuery(async () => {
    if (!repo) return undefined;
    const list = await repo.list();
    return Promise.all(list.map(async (row) => ({ row, responses: await repo.responses(row.id) })));
  }, [repo]);
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
      {rows === undefined ? (
        <p role="status">Loading your procurements…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No procurement yet.</p>
      ) : (
        <ProcurementRows lines={rows} />
      )}
      <VendorResponseList />
    </section>
  );
}
