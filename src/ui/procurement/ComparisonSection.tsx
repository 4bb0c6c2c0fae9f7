import { useId, useState } from 'react';
import { ANSWER_LABELS, VERDICT_LABELS } from '../../domain';
import { compareResponses, type ComparedVendor, type Request } from '../../domain/procurement';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ResponseRow } from '../../db/procurementRows';
import { downloadBlob, fileNameFor } from '../common/download';
import { TableScroll } from '../common/TableScroll';
import { comparisonCsv } from './comparisonCsv';
import { RED_FLAG_SOURCE_LABELS } from './dealBreakerWords';
import { responseFileOf } from './responseImport';

/** Each vendor's latest imported revision: what is compared. */
export function latestRevisions(rows: readonly ResponseRow[]): ComparedVendor[] {
  const latest = new Map<string, ResponseRow>();
  for (const row of rows) if ((latest.get(row.organisation)?.revision ?? 0) < row.revision) latest.set(row.organisation, row);
  return [...latest.values()].map((row) => {
    const file = responseFileOf(row);
    return { id: row.id, assessment: file.assessment, evidence: file.evidence, review: row.review ?? undefined };
  });
}

/**
 * Vendors side by side. The summary lists them in the one order the domain allows
 * (`orderVendors`: a vendor with a red flag never above one without); the matrix puts
 * every question where any vendor raised a red flag first, and says each flag in words.
 */
export function ComparisonSection(props: { request: Request; rows: readonly ResponseRow[]; loaded: LoadedChecklist }) {
  const services = useServices();
  const id = useId();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const vendors = latestRevisions(props.rows);
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));
  const comparison = compareResponses(props.request, items, vendors);
  const names = vendors.map((v) => v.assessment.subject.organisation);
  const rows = flaggedOnly ? comparison.rows.filter((r) => r.cells.some((c) => c.redFlag)) : comparison.rows;
  const exportCsv = () =>
    downloadBlob(new Blob([comparisonCsv(comparison, names)], { type: 'text/csv;charset=utf-8' }), fileNameFor(`${props.request.procurement.title.slice(0, 40)} comparison`, services.now(), '.csv'));

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Comparison</h2>
      <p>
        Vendors are listed with red flags first in mind: a vendor with a red flag is never placed above one without, whatever else it
        answered. Each vendor’s latest revision is compared.
      </p>
      <TableScroll label="Vendors in order">
        <table>
          <caption>Vendors in order</caption>
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              <th scope="col">Red flags</th>
              <th scope="col">Mandatory unanswered</th>
              <th scope="col">Insufficient</th>
              <th scope="col">Clarifications open</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {comparison.summaries.map((s) => (
              <tr key={s.id} className={s.redFlags ? 'red-flag-row' : undefined}>
                <th scope="row">
                  <bdi>{s.organisation}</bdi>
                </th>
                <td>{s.redFlags ? <strong className="red-flag-text">{s.redFlags} red {s.redFlags === 1 ? 'flag' : 'flags'}</strong> : 'None'}</td>
                <td>{s.mandatoryMissing.length ? s.mandatoryMissing.join(', ') : 'None'}</td>
                <td>{s.insufficient}</td>
                <td>{s.clarificationsOpen}</td>
                <td>
                  {s.answered} of {s.asked}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="button-row">
        <label className="choice">
          <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} /> Only questions with a red flag
        </label>
        <button type="button" onClick={exportCsv}>
          Export the comparison (CSV)
        </button>
      </div>
      <TableScroll label="Answers by question and vendor">
        <table>
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
                  <td key={i}>
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
