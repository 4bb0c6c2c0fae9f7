import { useId, useState } from 'react';
import { HRBA_PRINCIPLES, PI_PRINCIPLES, STAGES, type StageId } from '../../domain';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ANSWER_MESSAGES, FRAMEWORK_NAMES, HRBA_PRINCIPLE_MESSAGES, PI_PRINCIPLE_MESSAGES, STAGE_MESSAGES, VERDICT_MESSAGES } from '../common/codeWords';
import { NO_ANSWER, redFlagSentence } from './codeMessages';
import { QUESTION_MARKS_MESSAGE } from '../../words/procurement';
import { compareResponses, filterMatrixRows, principleRef, type ComparedVendor, type Request } from '../../domain/procurement';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ResponseRow } from '../../db/procurementRows';
import { downloadBlob, fileNameFor } from '../common/download';
import { TableScroll } from '../common/TableScroll';
import { COMPARISON_COLUMNS, comparisonCsv } from './comparisonCsv';
import { responseFileOf } from './responseImport';
import { latestRows } from './review/latestRevisions';
import { VendorSummaryTables } from './VendorSummaryTables';

/** Each vendor's latest imported revision, with the buyer's review of it: what is compared. */
export function latestRevisions(rows: readonly ResponseRow[]): ComparedVendor[] {
  return latestRows(rows).map((row) => {
    const file = responseFileOf(row);
    return { id: row.id, assessment: file.assessment, evidence: file.evidence, review: row.review ?? undefined };
  });
}

/**
 * Vendors side by side. The summary lists them in the one order the domain allows
 * (`orderVendors`: a vendor with a red flag never above one without), and the matrix's
 * columns follow that order; its rows put every question where any vendor raised a red
 * flag first, and say each flag in words. Filters only narrow the rows.
 */
export function ComparisonSection(props: { request: Request; rows: readonly ResponseRow[]; loaded: LoadedChecklist }) {
  const services = useServices();
  const intl = useIntl();
  const id = useId();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [mandatoryOnly, setMandatoryOnly] = useState(false);
  const [stage, setStage] = useState<StageId | ''>('');
  const [principle, setPrinciple] = useState('');
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));
  const unordered = latestRevisions(props.rows);
  const order = compareResponses(props.request, items, unordered).summaries.map((s) => s.id);
  const vendors = order.map((vid) => unordered.find((v) => v.id === vid)!);
  const comparison = compareResponses(props.request, items, vendors);
  const names = vendors.map((v) => v.assessment.subject.organisation);
  const rows = filterMatrixRows(comparison.rows, { redFlagsOnly: flaggedOnly, mandatoryOnly, stage: stage || null, principle: principleRef(principle) });
  const matrix = intl.formatMessage({ defaultMessage: 'Answers by question and vendor', description: 'Comparison: caption of the matrix of answers' });
  const exportCsv = () =>
    downloadBlob(new Blob([comparisonCsv(intl, comparison, names)], { type: 'text/csv;charset=utf-8' }), fileNameFor(`${props.request.procurement.title.slice(0, 40)} comparison`, services.now(), '.csv'));

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Comparison" description="Procurement page: heading of the vendors’ comparison" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="Vendors are listed with red flags first in mind: a vendor with a red flag is never placed above one without, whatever else it answered. Each vendor’s latest revision is compared."
          description="Comparison: how vendors are ordered"
        />
      </p>
      <VendorSummaryTables summaries={comparison.summaries} />
      <fieldset className="comparison-filters">
        <legend>
          <FormattedMessage defaultMessage="Which questions to show" description="Comparison: filters" />
        </legend>
        <label className="choice">
          <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />{' '}
          <FormattedMessage defaultMessage="Only questions with a red flag" description="Comparison: filter checkbox" />
        </label>
        <label className="choice">
          <input type="checkbox" checked={mandatoryOnly} onChange={(e) => setMandatoryOnly(e.target.checked)} />{' '}
          <FormattedMessage defaultMessage="Only mandatory questions" description="Comparison: filter checkbox" />
        </label>
        <div className="field">
          <label htmlFor={`${id}-stage`}>
            <FormattedMessage defaultMessage="Lifecycle stage" description="Comparison: filter by stage of the product’s life" />
          </label>
          <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as StageId | '')}>
            <option value="">{intl.formatMessage({ defaultMessage: 'Every stage', description: 'Comparison: stage filter, no filter' })}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage(STAGE_MESSAGES[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-principle`}>
            <FormattedMessage defaultMessage="Principle" description="Comparison: filter by principle" />
          </label>
          <select id={`${id}-principle`} value={principle} onChange={(e) => setPrinciple(e.target.value)}>
            <option value="">{intl.formatMessage({ defaultMessage: 'Every principle', description: 'Comparison: principle filter, no filter' })}</option>
            <optgroup label={FRAMEWORK_NAMES.hrba}>
              {HRBA_PRINCIPLES.map((p) => (
                <option key={p} value={`hrba:${p}`}>
                  {intl.formatMessage(HRBA_PRINCIPLE_MESSAGES[p])}
                </option>
              ))}
            </optgroup>
            <optgroup label={FRAMEWORK_NAMES.pi}>
              {PI_PRINCIPLES.map((p) => (
                <option key={p} value={`pi:${p}`}>
                  {intl.formatMessage(PI_PRINCIPLE_MESSAGES[p])}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </fieldset>
      <p role="status">
        <FormattedMessage
          defaultMessage="{shown} of {total, plural, one {# question} other {# questions}} shown."
          description="Comparison: how many questions the filters leave"
          values={{ shown: rows.length, total: comparison.rows.length }}
        />
      </p>
      <div className="button-row">
        <button type="button" onClick={exportCsv}>
          <FormattedMessage defaultMessage="Export the comparison (CSV)" description="Comparison: button; the spreadsheet file is in the interface’s language" />
        </button>
      </div>
      <TableScroll label={matrix}>
        <table className="cards">
          <caption>{matrix}</caption>
          <thead>
            <tr>
              <th scope="col">
                {intl.formatMessage(COMPARISON_COLUMNS.question)}
              </th>
              {names.map((n, i) => (
                <th scope="col" key={i}>
                  <bdi>{n}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.cells.some((c) => c.redFlag) ? 'red-flag-row' : undefined}>
                <th scope="row">
                  <FormattedMessage {...QUESTION_MARKS_MESSAGE} values={{ key: row.key, breaker: row.dealBreaker ? 'yes' : 'no', mandatory: row.mandatory ? 'yes' : 'no' }} />
                </th>
                {row.cells.map((c, i) => (
                  <td key={i} data-label={names[i]}>
                    {intl.formatMessage(c.status ? ANSWER_MESSAGES[c.status] : NO_ANSWER)}
                    {c.redFlag && <strong className="red-flag-text"> {redFlagSentence(intl, c.redFlag)}</strong>}
                    {c.verdict && ` ${intl.formatMessage({ defaultMessage: 'Review: {verdict}.', description: 'Comparison matrix: the buyer’s verdict on the answer' }, { verdict: intl.formatMessage(VERDICT_MESSAGES[c.verdict]) })}`}
                    {c.evidenceCount > 0 &&
                      ` ${intl.formatMessage({ defaultMessage: '{count, plural, one {# evidence.} other {# evidence.}}', description: 'Comparison matrix: how many evidence files the vendor attached to the answer' }, { count: c.evidenceCount })}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
