import type { ItemAnswer } from '../../../domain';
import { evidenceChanges, type AnswerDiff, type EvidenceFile } from '../../../domain/procurement';
import { defineMessages } from '../../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../../i18n/react';
import { ANSWER_MESSAGES } from '../../common/codeWords';
import { TableScroll } from '../../common/TableScroll';
import { NO_ANSWER } from '../codeMessages';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  question: { defaultMessage: 'Question', description: 'Changes since a clarification round, table column: the question id' },
  answer: { defaultMessage: 'Answer', description: 'Changes since a clarification round, table column: the vendor’s answer' },
  notes: { defaultMessage: 'Notes', description: 'Changes since a clarification round, table column: the vendor’s notes' },
  evidence: { defaultMessage: 'Evidence files', description: 'Changes since a clarification round, table column' },
});

type Side = { answers: Readonly<Record<string, ItemAnswer | undefined>>; evidence: readonly EvidenceFile[] };

const status = (intl: IntlShape, side: Side, key: string) => {
  const s = Object.hasOwn(side.answers, key) ? side.answers[key]?.status : null;
  return intl.formatMessage(s ? ANSWER_MESSAGES[s] : NO_ANSWER);
};
const notes = (side: Side, key: string) => (Object.hasOwn(side.answers, key) ? (side.answers[key]?.notes ?? '') : '');

/** Per question, what the vendor changed in this revision since the round before: old answer → new answer, notes, evidence files added and removed. */
export function RevisionDiff(props: { round: number; diff: readonly AnswerDiff[]; previous: Side; next: Side }) {
  const intl = useIntl();
  const caption = intl.formatMessage({ defaultMessage: 'Changed since round {round}', description: 'Review: caption of the table of what the vendor changed since the clarification round' }, { round: props.round });
  const unchanged = <FormattedMessage defaultMessage="Unchanged" description="Changes since a clarification round: this part did not change" />;
  if (!props.diff.length) {
    return (
      <p>
        <FormattedMessage
          defaultMessage="Nothing changed since round {round}: the vendor re-submitted the same answers."
          description="Review: the later revision changed nothing"
          values={{ round: props.round }}
        />
      </p>
    );
  }
  return (
    <TableScroll label={caption}>
      <table className="cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {Object.entries(COLUMNS).map(([key, name]) => (
              <th scope="col" key={key}>
                {intl.formatMessage(name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.diff.map(({ key, changes }) => {
            const files = evidenceChanges(props.previous.evidence, props.next.evidence, key);
            return (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td data-label={intl.formatMessage(COLUMNS.answer)}>
                  {changes.includes('answer') ? (
                    <FormattedMessage
                      defaultMessage="{before} → {after}"
                      description="Changes since a clarification round: the answer before and after; mirror the arrow if your language reads right to left"
                      values={{ before: status(intl, props.previous, key), after: status(intl, props.next, key) }}
                    />
                  ) : (
                    <FormattedMessage defaultMessage="Unchanged ({answer})" description="Changes since a clarification round: the answer did not change" values={{ answer: status(intl, props.next, key) }} />
                  )}
                </td>
                <td className="pre-wrap" data-label={intl.formatMessage(COLUMNS.notes)}>
                  {changes.includes('notes') ? (
                    <FormattedMessage
                      defaultMessage="Changed from “{before}” to “{after}”"
                      description="Changes since a clarification round: the notes before and after"
                      values={{ before: <bdi>{notes(props.previous, key)}</bdi>, after: <bdi>{notes(props.next, key)}</bdi> }}
                    />
                  ) : (
                    unchanged
                  )}
                </td>
                <td data-label={intl.formatMessage(COLUMNS.evidence)}>
                  {files.added.map((f) => (
                    <span key={`+${f.sha256}`}>
                      <FormattedMessage defaultMessage="Added {name}." description="Changes since a clarification round: an evidence file added" values={{ name: <bdi>{f.name}</bdi> }} />{' '}
                    </span>
                  ))}
                  {files.removed.map((f) => (
                    <span key={`-${f.sha256}`}>
                      <FormattedMessage defaultMessage="Removed {name}." description="Changes since a clarification round: an evidence file removed" values={{ name: <bdi>{f.name}</bdi> }} />{' '}
                    </span>
                  ))}
                  {!files.added.length &&
                    !files.removed.length &&
                    (changes.includes('evidence') ? <FormattedMessage defaultMessage="Evidence links changed" description="Changes since a clarification round: the same files, linked differently" /> : unchanged)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
