import { toCsv } from '../../domain';
import { type Comparison } from '../../domain/procurement';
import { defineMessages } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';
import { ANSWER_MESSAGES, STAGE_MESSAGES, VERDICT_MESSAGES } from '../common/codeWords';
import { CSV_WORDS } from '../common/csvWords';
import { isolate, NO_ANSWER } from './codeMessages';

/** The comparison's column names: the matrix's (question) and the CSV's. */
export const COMPARISON_COLUMNS = defineMessages({
  question: { defaultMessage: 'Question', description: 'Comparison matrix, column of the question ids' },
  stage: { defaultMessage: 'Stage', description: 'Comparison spreadsheet (CSV): column of the lifecycle stage a question belongs to' },
  mandatory: { defaultMessage: 'Mandatory', description: 'Comparison spreadsheet (CSV): column, “yes” when the buyer requires an answer to the question' },
  dealBreaker: { defaultMessage: 'Deal-breaker', description: 'Comparison spreadsheet (CSV): column, “yes” when a weak answer to the question raises a red flag' },
  answer: { defaultMessage: '{vendor}: answer', description: 'Comparison spreadsheet (CSV): column of a vendor’s answers; vendor is its organisation’s name' },
  review: { defaultMessage: '{vendor}: review', description: 'Comparison spreadsheet (CSV): column of the buyer’s verdicts on a vendor’s answers; vendor is its organisation’s name' },
  evidence: { defaultMessage: '{vendor}: evidence', description: 'Comparison spreadsheet (CSV): column of how many evidence files a vendor gave per answer; vendor is its organisation’s name' },
  redFlag: { defaultMessage: '{vendor}: red flag', description: 'Comparison spreadsheet (CSV): column of the red flags a vendor’s answers raise; vendor is its organisation’s name' },
});

const CELLS = defineMessages({
  noAnswerMandatory: { defaultMessage: 'No answer (mandatory)', description: 'Comparison spreadsheet (CSV): the vendor left a mandatory question unanswered' },
  redFlag: {
    defaultMessage: 'RED FLAG: {source, select, buyer {Deal-breaker set by the buyer} other {Red-flag item of the checklist}}',
    description: 'Comparison spreadsheet (CSV): the answer raises a red flag, and why (source=buyer when the buyer made the question a deal-breaker, else the checklist marks the item as a red flag); capitals to stand out in a spreadsheet',
  },
});

/**
 * The comparison matrix as CSV, one row per question and four columns per vendor, in the chosen
 * language (headings, stages, answers, verdicts and red flags as the screen words them; evidence as a
 * count), through the domain's CSV writer (formula guard, BOM, CRLF): vendor names and answers come
 * from other people's files and must not run as spreadsheet formulas.
 */
export function comparisonCsv(intl: Pick<IntlShape, 'formatMessage' | 'dir'>, comparison: Comparison, vendorNames: readonly string[]): string {
  const say = intl.formatMessage;
  const header = [
    say(COMPARISON_COLUMNS.question),
    say(COMPARISON_COLUMNS.stage),
    say(COMPARISON_COLUMNS.mandatory),
    say(COMPARISON_COLUMNS.dealBreaker),
    ...vendorNames.flatMap((name) => {
      const vendor = isolate(intl, name);
      return [say(COMPARISON_COLUMNS.answer, { vendor }), say(COMPARISON_COLUMNS.review, { vendor }), say(COMPARISON_COLUMNS.evidence, { vendor }), say(COMPARISON_COLUMNS.redFlag, { vendor })];
    }),
  ];
  const yes = say(CSV_WORDS.yes);
  const rows = comparison.rows.map((row) => [
    row.key,
    say(STAGE_MESSAGES[row.stage]),
    row.mandatory ? yes : '',
    row.dealBreaker ? yes : '',
    ...row.cells.flatMap((c) => [
      say(c.status ? ANSWER_MESSAGES[c.status] : c.mandatoryMissing ? CELLS.noAnswerMandatory : NO_ANSWER),
      c.verdict ? say(VERDICT_MESSAGES[c.verdict]) : '',
      c.evidenceCount,
      c.redFlag ? say(CELLS.redFlag, { source: c.redFlag === 'deal-breaker' ? 'buyer' : 'checklist' }) : '',
    ]),
  ]);
  return toCsv(header, rows);
}
