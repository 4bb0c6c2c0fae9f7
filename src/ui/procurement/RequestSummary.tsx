import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ProcurementRow } from '../../db/procurementRows';
import { requestQuestionKeys } from '../../domain/procurement';
import { downloadBlob } from '../common/download';
import { useDates } from '../common/dates';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { dealBreakerRuleText } from './dealBreakerWords';
import { PROCUREMENT_STAGE_MESSAGES } from './codeMessages';
import { requestFileText } from './requestExport';
import { questionText } from './questionText';
import { ChecklistLanguageNote } from './ChecklistLanguageNote';

/** A sent request as it was frozen: what vendors were asked, which answers are required and which raise red flags. */
export function RequestSummary(props: { row: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const intl = useIntl();
  const dates = useDates();
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
        <dt>
          <FormattedMessage defaultMessage="Buyer" description="Sent request: the buying organisation" />
        </dt>
        <dd>
          <bdi>{request.buyer.organisation}</bdi>
        </dd>
        {request.procurement.reference && (
          <>
            <dt>
              <FormattedMessage defaultMessage="Reference" description="Sent request: the buyer’s own reference of the procurement" />
            </dt>
            <dd>
              <bdi>{request.procurement.reference}</bdi>
            </dd>
          </>
        )}
        <dt>
          <FormattedMessage defaultMessage="Stage" description="Sent request: the procurement stage" />
        </dt>
        <dd>{intl.formatMessage(PROCUREMENT_STAGE_MESSAGES[request.procurement.stage])}</dd>
        <dt>
          <FormattedMessage defaultMessage="Deadline" description="Sent request: deadline for responses" />
        </dt>
        <dd>{request.deadline ? dates.date(request.deadline) : <FormattedMessage defaultMessage="None" description="Sent request: no deadline" />}</dd>
        <dt>
          <FormattedMessage defaultMessage="Sent" description="Sent request: when it was exported to vendors" />
        </dt>
        <dd>{dates.dateTime(props.row.sentAt!)}</dd>
        <dt>
          <FormattedMessage defaultMessage="Request hash" description="Sent request: its SHA-256 hash, which vendors’ responses name" />
        </dt>
        <dd>
          <code>{props.row.requestHash}</code>
        </dd>
      </dl>
      <p className="button-row">
        <button type="button" onClick={download}>
          <FormattedMessage defaultMessage="Download the request again" description="Sent request: button" />
        </button>
      </p>
      <details>
        <summary>
          <FormattedMessage
            defaultMessage="{asked, plural, one {# question asked} other {# questions asked}}, {mandatory} mandatory, {breakers, plural, one {# deal-breaker} other {# deal-breakers}}"
            description="Sent request: folded list of the questions asked"
            values={{ asked: keys.length, mandatory: request.mandatory.length, breakers: Object.keys(request.dealBreakers).length }}
          />
        </summary>
        <ChecklistLanguageNote loaded={props.loaded}>
          {(shown) => (
            <ul className="request-questions">
              {keys.map((key) => {
                const rule = Object.hasOwn(request.dealBreakers, key) ? request.dealBreakers[key] : undefined;
                return (
                  <li key={key}>
                    <span className="item-id">{key}</span> <bdi lang={shown.language !== 'en' && shown.inEnglish.has(key) ? 'en' : undefined}>{questionText(key, request, shown.loaded.checklist)}</bdi>
                    {mandatory.has(key) && (
                      <strong>
                        {' '}
                        <FormattedMessage defaultMessage="Mandatory." description="Sent request: after a question vendors must answer" />
                      </strong>
                    )}
                    {rule && (
                      <strong className="red-flag-text">
                        {' '}
                        <FormattedMessage
                          defaultMessage="Deal-breaker: {rule}"
                          description="Sent request: after a deal-breaker question, which answers raise a red flag"
                          values={{ rule: dealBreakerRuleText(intl, rule) }}
                        />
                      </strong>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </ChecklistLanguageNote>
      </details>
    </>
  );
}
