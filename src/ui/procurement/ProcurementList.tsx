import './procurement.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useProcurementRepo } from './useProcurementRepo';
import { FormattedMessage } from '../../i18n/react';
import { ProcurementRows } from './ProcurementRows';
import { VendorResponseList } from './vendor/VendorResponseList';

/**
 * The buyer's procurements, one row each, and a vendor's responses: loaded only once
 * something procurement-related is stored (see ProcurementSection).
 */
export default function ProcurementList() {
  const repo = useProcurementRepo();
  const rows = useLiveQuery(async () => {
    if (!repo) return undefined;
    const list = await repo.list();
    return Promise.all(list.map(async (row) => ({ row, responses: await repo.responses(row.id) })));
  }, [repo]);
  return (
    <>
      {rows === undefined ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading your procurements…" description="Home: while the procurement list loads" />
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">
          <FormattedMessage defaultMessage="No procurement yet." description="Home: the procurement list is empty" />
        </p>
      ) : (
        <ProcurementRows lines={rows} />
      )}
      <VendorResponseList />
    </>
  );
}
