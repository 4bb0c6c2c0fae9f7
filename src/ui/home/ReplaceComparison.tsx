import type { AssessmentSide, ReplaceLoss } from '../../domain';
import { useDates } from '../common/dates';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

const ROWS = defineMessages({
  product: { defaultMessage: 'Product', description: 'Import comparison row: product name' },
  version: { defaultMessage: 'Version', description: 'Import comparison row: product version' },
  organisation: { defaultMessage: 'Organisation', description: 'Import comparison row: organisation' },
  created: { defaultMessage: 'Created', description: 'Import comparison row: when the assessment was created' },
  updated: { defaultMessage: 'Last changed', description: 'Import comparison row: when the assessment last changed' },
  revision: { defaultMessage: 'Revision', description: 'Import comparison row: revision number' },
  answered: { defaultMessage: 'Questions answered', description: 'Import comparison row: how many questions are answered' },
  findings: { defaultMessage: 'Findings rated or added', description: 'Import comparison row: how many findings are rated or added' },
  actions: { defaultMessage: 'Actions', description: 'Import comparison row: how many actions are planned' },
});

const LOST = defineMessages({
  answersOnlyHere: {
    defaultMessage: '{count, plural, one {# answer the file does not have} other {# answers the file does not have}}',
    description: 'Import comparison, what replacing would lose: answers only stored here',
  },
  answersDifferent: {
    defaultMessage: '{count, plural, one {# answer stored here differently} other {# answers stored here differently}}',
    description: 'Import comparison, what replacing would lose: answers that differ from the file',
  },
  findingsOnlyHere: {
    defaultMessage: '{count, plural, one {# finding the file does not have} other {# findings the file does not have}}',
    description: 'Import comparison, what replacing would lose: findings only stored here',
  },
  actionsOnlyHere: {
    defaultMessage: '{count, plural, one {# action the file does not have} other {# actions the file does not have}}',
    description: 'Import comparison, what replacing would lose: actions only stored here',
  },
  contextOnlyHere: {
    defaultMessage:
      '{count, plural, one {# trade-off, stakeholder or benefit entry the file does not have} other {# trade-off, stakeholder or benefit entries the file does not have}}',
    description: 'Import comparison, what replacing would lose: context entries only stored here',
  },
});

/**
 * The stored assessment and the incoming file side by side, and what replacing the
 * stored one would lose, so "Replace" is never chosen blind. Given as counts and dates,
 * worked out where the import runs (the worker), so the page never holds either assessment.
 */
export function ReplaceComparison({ stored: here, incoming: file, loss }: { stored: AssessmentSide; incoming: AssessmentSide; loss: ReplaceLoss }) {
  const intl = useIntl();
  const dates = useDates();
  const n = (value: number) => intl.formatNumber(value);
  const rows: [keyof typeof ROWS, string, string][] = [
    ['product', here.productName, file.productName],
    ['version', here.version || '—', file.version || '—'],
    ['organisation', here.organisation || '—', file.organisation || '—'],
    ['created', dates.dateTime(here.createdAt), dates.dateTime(file.createdAt)],
    ['updated', dates.dateTime(here.updatedAt), dates.dateTime(file.updatedAt)],
    ['revision', n(here.revision), n(file.revision)],
    ['answered', n(here.answered), n(file.answered)],
    ['findings', n(here.findings), n(file.findings)],
    ['actions', n(here.actions), n(file.actions)],
  ];
  const lost = (Object.keys(LOST) as (keyof typeof LOST)[]).filter((key) => loss[key] > 0).map((key) => intl.formatMessage(LOST[key], { count: loss[key] }));
  return (
    <>
      <table className="compare">
        <caption>
          <FormattedMessage defaultMessage="The assessment stored in this browser and the one in the file" description="Import comparison: table caption" />
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">
              <FormattedMessage defaultMessage="Stored here" description="Import comparison column: the assessment stored in this browser" />
            </th>
            <th scope="col">
              <FormattedMessage defaultMessage="In the file" description="Import comparison column: the assessment in the chosen file" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label}>
              <th scope="row">{intl.formatMessage(ROWS[label])}</th>
              <td>
                <bdi>{a}</bdi>
              </td>
              <td>
                <bdi>{b}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {lost.length > 0 ? (
        <div>
          <p>
            {loss.storedIsNewer ? (
              <FormattedMessage
                defaultMessage="<b>Replacing would lose</b> (the copy stored here was changed more recently than the file):"
                description="Import comparison: a list of what replacing would lose follows; the stored copy is newer"
                values={{ b: (text) => <strong>{text}</strong> }}
              />
            ) : (
              <FormattedMessage
                defaultMessage="<b>Replacing would lose</b>:"
                description="Import comparison: a list of what replacing would lose follows"
                values={{ b: (text) => <strong>{text}</strong> }}
              />
            )}
          </p>
          <ul>
            {lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          <FormattedMessage
            defaultMessage="Everything stored here is also in the file; replacing would lose only the history of changes made here."
            description="Import comparison: replacing loses nothing but the local history"
          />
        </p>
      )}
    </>
  );
}
