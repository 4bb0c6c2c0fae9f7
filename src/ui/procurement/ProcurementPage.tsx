import './procurement.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useLoadedChecklist } from './useLoadedChecklist';
import { RequestBuilder } from './RequestBuilder';
import { RequestSummary } from './RequestSummary';
import { ResponsesSection } from './ResponsesSection';
import { DecisionSection } from './decision/DecisionSection';
import { useProcurementRepo } from './useProcurementRepo';

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
        <Link href="/">Back to the home page</Link>
      </p>
      {row === null ? (
        <>
          <h1>Procurement not found</h1>
          <p>There is no procurement with this address on this device.</p>
        </>
      ) : !row || !loaded ? (
        <p role="status">Loading the procurement…</p>
      ) : 'error' in loaded ? (
        <p role="alert" className="alert error">
          The checklist of this request could not be loaded: {loaded.error}
        </p>
      ) : row.sentAt ? (
        <>
          <RequestSummary row={row} loaded={loaded} />
          <ResponsesSection procurement={row} loaded={loaded} />
          <DecisionSection procurement={row} loaded={loaded} />
        </>
      ) : (
        <>
          <p className="alert">Draft: not sent to vendors yet. You can still change everything.</p>
          <RequestBuilder key={row.id} loaded={loaded} base={row.request} onSaved={() => undefined} />
        </>
      )}
    </>
  );
}
