import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { formatDateTime } from '../../common/dates';
import { useVendorResponseRepo } from '../useProcurementRepo';

/** The vendor's responses on this device, grouped by the request they answer. */
export function VendorResponseList() {
  const repo = useVendorResponseRepo();
  const rows = useLiveQuery(async () => (repo ? repo.list() : undefined), [repo]);
  if (!rows?.length) return null;
  const byRequest = new Map<string, VendorResponseRow[]>();
  for (const r of rows) byRequest.set(r.requestId, [...(byRequest.get(r.requestId) ?? []), r]);
  return (
    <section aria-labelledby="vendor-responses-title">
      <h2 id="vendor-responses-title">Your responses</h2>
      {[...byRequest.values()].map((group) => (
        <div key={group[0]!.requestId}>
          <h3>
            <bdi>{group[0]!.request.procurement.title}</bdi> — <bdi>{group[0]!.request.buyer.organisation}</bdi>
          </h3>
          <ul className="procurement-list">
            {group.map((r) => (
              <li key={r.id}>
                <Link href={`/respond/${r.id}`}>
                  <bdi>{r.assessment.subject.productName}</bdi> (<bdi>{r.assessment.subject.organisation}</bdi>)
                </Link>{' '}
                {r.assessment.revision.number > 1 && `revision ${r.assessment.revision.number}, `}
                {r.exportedAt ? `exported ${formatDateTime(r.exportedAt)}` : 'being written'}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
