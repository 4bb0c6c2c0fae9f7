import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { useDates } from '../../common/dates';
import { FormattedMessage } from '../../../i18n/react';
import { useVendorResponseRepo } from '../useProcurementRepo';

/** The vendor's responses on this device, grouped by the request they answer. */
export function VendorResponseList() {
  const repo = useVendorResponseRepo();
  const dates = useDates();
  const rows = useLiveQuery(async () => (repo ? repo.list() : undefined), [repo]);
  if (!rows?.length) return null;
  const byRequest = new Map<string, VendorResponseRow[]>();
  for (const r of rows) byRequest.set(r.requestId, [...(byRequest.get(r.requestId) ?? []), r]);
  return (
    <section aria-labelledby="vendor-responses-title">
      <h2 id="vendor-responses-title">
        <FormattedMessage defaultMessage="Your responses" description="Vendor: heading of the list of the vendor’s responses" />
      </h2>
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
                {r.exportedAt ? (
                  <FormattedMessage
                    defaultMessage="{revision, plural, =1 {exported {date}} other {revision {revision}, exported {date}}}"
                    description="Vendor: list of responses, an exported response; the revision number shows from revision 2; {date} is a date and time"
                    values={{ revision: r.assessment.revision.number, date: dates.dateTime(r.exportedAt) }}
                  />
                ) : (
                  <FormattedMessage
                    defaultMessage="{revision, plural, =1 {being written} other {revision {revision}, being written}}"
                    description="Vendor: list of responses, a response not exported yet; the revision number shows from revision 2"
                    values={{ revision: r.assessment.revision.number }}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
