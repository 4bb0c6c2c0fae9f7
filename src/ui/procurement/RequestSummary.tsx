import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ProcurementRow } from '../../db/procurementRows';
import { requestQuestionKeys } from '../../domain/procurement';
import { downloadBlob } from '../common/download';
import { formatDate, formatDateTime } from '../common/dates';
import { dealBreakerRuleText, PROCUREMENT_STAGE_LABELS } from './dealBreakerWords';
import { requestFileText } from './requestExport';
import { questionText } from './questionText';

/** A sent request as it was frozen: what vendors were asked, which answers are required and which raise red flags. */
export function RequestSummary(props: { row: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const { request } = props.row;
  const keys = requestQuestionKeys(request);
  const mandatory = new Set(request.mandatory);
  const download = () => {
    const file = requestFileText(request, services.now());
    downloadBlob(new Blob([file.text], { type: 'application/json' }), file.name);
  };
  return (
    <>
      <h1>
        <bdi>{request.procurement.title}</bdi>
      </h1>
      <dl className="certificate">
        <dt>Buyer</dt>
        <dd>
          <bdi>{request.buyer.organisation}</bdi>
        </dd>
        {request.procurement.reference && (
          <>
            <dt>Reference</dt>
            <dd>
              <bdi>{request.procurement.reference}</bdi>
            </dd>
          </>
        )}
        <dt>Stage</dt>
        <dd>{PROCUREMENT_STAGE_LABELS[request.procurement.stage]}</dd>
        <dt>Deadline</dt>
        <dd>{request.deadline ? formatDate(request.deadline) : 'None'}</dd>
        <dt>Sent</dt>
        <dd>{formatDateTime(props.row.sentAt!)}</dd>
        <dt>Request hash</dt>
        <dd>
          <code>{props.row.requestHash}</code>
        </dd>
      </dl>
      <p className="button-row">
        <button type="button" onClick={download}>
          Download the request again
        </button>
      </p>
      <details>
        <summary>
          {keys.length} questions asked, {request.mandatory.length} mandatory, {Object.keys(request.dealBreakers).length} deal-breakers
        </summary>
        <ul className="request-questions">
          {keys.map((key) => {
            const rule = Object.hasOwn(request.dealBreakers, key) ? request.dealBreakers[key] : undefined;
            return (
              <li key={key}>
                <span className="item-id">{key}</span> <bdi>{questionText(key, request, props.loaded.checklist)}</bdi>
                {mandatory.has(key) && <strong> Mandatory.</strong>}
                {rule && <strong className="red-flag-text"> Deal-breaker: {dealBreakerRuleText(rule)}</strong>}
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}
