import type { AssessmentSide, ReplaceLoss } from '../../domain';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

/**
 * The stored assessment and the incoming file side by side, and what replacing the
 * stored one would lose, so "Replace" is never chosen blind. Given as counts and dates,
 * worked out where the import runs (the worker), so the page never holds either assessment.
 */
export function ReplaceComparison({ stored: here, incoming: file, loss }: { stored: AssessmentSide; incoming: AssessmentSide; loss: ReplaceLoss }) {
  const rows: [string, string, string][] = [
    ['Product', here.productName, file.productName],
    ['Version', here.version || '—', file.version || '—'],
    ['Organisation', here.organisation || '—', file.organisation || '—'],
    ['Created', when(here.createdAt), when(file.createdAt)],
    ['Last changed', when(here.updatedAt), when(file.updatedAt)],
    ['Revision', String(here.revision), String(file.revision)],
    ['Questions answered', String(here.answered), String(file.answered)],
    ['Findings rated or added', String(here.findings), String(file.findings)],
    ['Actions', String(here.actions), String(file.actions)],
  ];
  const lost = [
    loss.answersOnlyHere > 0 && `${plural(loss.answersOnlyHere, 'answer')} the file does not have`,
    loss.answersDifferent > 0 && `${plural(loss.answersDifferent, 'answer')} stored here differently`,
    loss.findingsOnlyHere > 0 && `${plural(loss.findingsOnlyHere, 'finding')} the file does not have`,
    loss.actionsOnlyHere > 0 && `${plural(loss.actionsOnlyHere, 'action')} the file does not have`,
    loss.contextOnlyHere > 0 && `${plural(loss.contextOnlyHere, 'trade-off, stakeholder or benefit entry', 'trade-off, stakeholder or benefit entries')} the file does not have`,
  ].filter((x): x is string => typeof x === 'string');
  return (
    <>
      <table className="compare">
        <caption>The assessment stored in this browser and the one in the file</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Stored here</th>
            <th scope="col">In the file</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
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
            <strong>Replacing would lose</strong>
            {loss.storedIsNewer ? ' (the copy stored here was changed more recently than the file)' : ''}:
          </p>
          <ul>
            {lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Everything stored here is also in the file; replacing would lose only the history of changes made here.</p>
      )}
    </>
  );
}
