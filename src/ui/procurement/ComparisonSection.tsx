import { useId, useState } from 'react';
import { ANSWER_LABELS, HRBA_PRINCIPLE_LABELS, HRBA_PRINCIPLES, PI_PRINCIPLE_LABELS, PI_PRINCIPLES, STAGE_LABELS, STAGES, VERDICT_LABELS, type StageId } from '../../domain';
import { compareResponses, filterMatrixRows, principleRef, type ComparedVendor, type Request } from '../../domain/procurement';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ResponseRow } from '../../db/procurementRows';
import { downloadBlob, fileNameFor } from '../common/download';
import { TableScroll } from '../common/TableScroll';
import { comparisonCsv } from './comparisonCsv';
import { RED_FLAG_SOURCE_LABELS } from './dealBreakerWords';
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
  const exportCsv = () =>
    downloadBlob(new Blob([comparisonCsv(comparison, names)], { type: 'text/csv;charset=utf-8' }), fileNameFor(`${props.request.procurement.title.slice(0, 40)} comparison`, services.now(), '.csv'));

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Comparison</h2>
      <p>
        Vendors are listed with red flags first in mind: a vendor with a red flag is never placed above one without, whatever else it
        answered. Each vendor’s latest revision is compared.
      </p>
      <VendorSummaryTables summaries={comparison.summaries} />
      <fieldset className="comparison-filters">
        <legend>Which questions to show</legend>
        <label className="choice">
          <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} /> Only questions with a red flag
        </label>
        <label className="choice">
          <input type="checkbox" checked={mandatoryOnly} onChange={(e) => setMandatoryOnly(e.target.checked)} /> Only mandatory questions
        </label>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Lifecycle stage</label>
          <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as StageId | '')}>
            <option value="">Every stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-principle`}>Principle</label>
          <select id={`${id}-principle`} value={principle} onChange={(e) => setPrinciple(e.target.value)}>
            <option value="">Every principle</option>
            <optgroup label="HRBA@Tech">
              {HRBA_PRINCIPLES.map((p) => (
                <option key={p} value={`hrba:${p}`}>
                  {HRBA_PRINCIPLE_LABELS[p]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Privacy International">
              {PI_PRINCIPLES.map((p) => (
                <option key={p} value={`pi:${p}`}>
                  {PI_PRINCIPLE_LABELS[p]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </fieldset>
      <p role="status">
        {rows.length} of {comparison.rows.length} questions shown.
      </p>
      <div className="button-row">
        <button type="button" onClick={exportCsv}>
          Export the comparison (CSV)
        </button>
      </div>
      <TableScroll label="Answers by question and vendor">
        <table className="cards">
          <caption>Answers by question and vendor</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
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
                  {row.key}
                  {row.dealBreaker && ' (deal-breaker)'}
                  {row.mandatory && ' (mandatory)'}
                </th>
                {row.cells.map((c, i) => (
                  <td key={i} data-label={names[i]}>
                    {c.status ? ANSWER_LABELS[c.status] : 'No answer'}
                    {c.redFlag && <strong className="red-flag-text"> Red flag: {RED_FLAG_SOURCE_LABELS[c.redFlag].toLowerCase()}.</strong>}
                    {c.verdict && ` Review: ${VERDICT_LABELS[c.verdict]}.`}
                    {c.evidenceCount > 0 && ` ${c.evidenceCount} evidence.`}
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
