import { ANSWER_LABELS, toCsv, VERDICT_LABELS } from '../../domain';
import { type Comparison } from '../../domain/procurement';
import { RED_FLAG_SOURCE_LABELS } from '../../words/procurement';

/**
 * The comparison matrix as CSV, one row per question and four columns per vendor,
 * through the domain's CSV writer (formula guard, BOM, CRLF): vendor names and answers
 * come from other people's files and must not run as spreadsheet formulas. Like the decision
 * report, the file is English for now (its words are src/words/procurement.ts and the domain's labels).
 */
export function comparisonCsv(comparison: Comparison, vendorNames: readonly string[]): string {
  const header = ['Question', 'Stage', 'Mandatory', 'Deal-breaker', ...vendorNames.flatMap((n) => [`${n}: answer`, `${n}: review`, `${n}: evidence`, `${n}: red flag`])];
  const rows = comparison.rows.map((row) => [
    row.key,
    row.stage,
    row.mandatory ? 'yes' : '',
    row.dealBreaker ? 'yes' : '',
    ...row.cells.flatMap((c) => [
      c.status ? ANSWER_LABELS[c.status] : c.mandatoryMissing ? 'No answer (mandatory)' : 'No answer',
      c.verdict ? VERDICT_LABELS[c.verdict] : '',
      c.evidenceCount,
      c.redFlag ? `RED FLAG: ${RED_FLAG_SOURCE_LABELS[c.redFlag]}` : '',
    ]),
  ]);
  return toCsv(header, rows);
}
