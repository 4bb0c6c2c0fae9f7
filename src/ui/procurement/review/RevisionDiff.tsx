import { ANSWER_LABELS, type ItemAnswer } from '../../../domain';
import { evidenceChanges, type AnswerDiff, type EvidenceFile } from '../../../domain/procurement';
import { TableScroll } from '../../common/TableScroll';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { question: 'Question', answer: 'Answer', notes: 'Notes', evidence: 'Evidence files' };

type Side = { answers: Readonly<Record<string, ItemAnswer | undefined>>; evidence: readonly EvidenceFile[] };

const status = (side: Side, key: string) => {
  const s = Object.hasOwn(side.answers, key) ? side.answers[key]?.status : null;
  return s ? ANSWER_LABELS[s] : 'No answer';
};
const notes = (side: Side, key: string) => (Object.hasOwn(side.answers, key) ? (side.answers[key]?.notes ?? '') : '');

/** Per question, what the vendor changed in this revision since the round before: old answer → new answer, notes, evidence files added and removed. */
export function RevisionDiff(props: { round: number; diff: readonly AnswerDiff[]; previous: Side; next: Side }) {
  const caption = `Changed since round ${props.round}`;
  if (!props.diff.length) return <p>Nothing changed since round {props.round}: the vendor re-submitted the same answers.</p>;
  return (
    <TableScroll label={caption}>
      <table className="cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {Object.values(COLUMNS).map((name) => (
              <th scope="col" key={name}>
                {name}
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
                <td data-label={COLUMNS.answer}>{changes.includes('answer') ? `${status(props.previous, key)} → ${status(props.next, key)}` : `Unchanged (${status(props.next, key)})`}</td>
                <td className="pre-wrap" data-label={COLUMNS.notes}>
                  {changes.includes('notes') ? (
                    <>
                      Changed from “<bdi>{notes(props.previous, key)}</bdi>” to “<bdi>{notes(props.next, key)}</bdi>”
                    </>
                  ) : (
                    'Unchanged'
                  )}
                </td>
                <td data-label={COLUMNS.evidence}>
                  {files.added.map((f) => (
                    <span key={`+${f.sha256}`}>
                      Added <bdi>{f.name}</bdi>.{' '}
                    </span>
                  ))}
                  {files.removed.map((f) => (
                    <span key={`-${f.sha256}`}>
                      Removed <bdi>{f.name}</bdi>.{' '}
                    </span>
                  ))}
                  {!files.added.length && !files.removed.length && (changes.includes('evidence') ? 'Evidence links changed' : 'Unchanged')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
