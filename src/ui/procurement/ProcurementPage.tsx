import './procurement.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useLoadedChecklist } from './useLoadedChecklist';
import { RequestBuilder } from './RequestBuilder';
import { RequestSummary } from './RequestSummary';
import { ResponsesSection } from './ResponsesSection';
import { DecisionSection } from './decision/DecisionSection';
import { useProcurementRepo } from './useProcurementRepo';
import { FormattedMessage } from '../../i18n/react';
import { LoadFailure } from '../common/LoadFailure';

/**
 * `#/procurement/:id`: a draft request opens in the builder; a sent one shows what was
 * sent (frozen under its hash) and, below it, the vendors' responses.
 */
export default function ProcurementPage(props: { id: string }) {
  const repo = useProcurementRepo();
  const row = useLiveQuery(async () => (repo ? ((await repo.get(props.id)) ?? null) : undefined), [repo, props.id]);
  const loaded = useLoadedChecklist(row?.request.checklist);

  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to the home page" description="Procurement screens: link to the home page" />
        </Link>
      </p>
      {row === null ? (
        <>
          <h1>
            <FormattedMessage defaultMessage="Procurement not found" description="Procurement page: heading when the address names no stored procurement" />
          </h1>
          <p>
            <FormattedMessage defaultMessage="There is no procurement with this address on this device." description="Procurement page: no procurement with this address" />
          </p>
        </>
      ) : !row || !loaded ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading the procurement…" description="Procurement page: while it loads" />
        </p>
      ) : 'error' in loaded ? (
        <LoadFailure
          what={<FormattedMessage defaultMessage="The checklist of this request could not be loaded." description="Procurement page: the request's checklist failed to load (the reason follows)" />}
          cause={loaded.error}
        />
      ) : row.sentAt ? (
        <>
          <RequestSummary row={row} loaded={loaded} />
          <ResponsesSection procurement={row} loaded={loaded} />
          <DecisionSection procurement={row} loaded={loaded} />
        </>
      ) : (
        <>
          <p className="alert">
            <FormattedMessage defaultMessage="Draft: not sent to vendors yet. You can still change everything." description="Procurement page: above a draft request" />
          </p>
          <RequestBuilder key={row.id} loaded={loaded} base={row.request} onSaved={() => undefined} />
        </>
      )}
    </>
  );
}
