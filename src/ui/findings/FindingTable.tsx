import { Fragment, useRef, useState } from 'react';
import { Link } from 'wouter';
import { FINDING_STATUS_LABELS, isRated, type Finding } from '../../domain';
import { QuickRating, type Rating } from './QuickRating';
import { sectionHref } from '../assessment/sections';
import { TableScroll } from '../common/TableScroll';
import { likelihoodText, severityText, sourceText } from './format';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { priority: 'Priority', finding: 'Finding', severity: 'Severity', likelihood: 'Likelihood', status: 'Status', source: 'Source' };

/**
 * A rank means something only once a finding is rated (or is a red flag, which comes first whatever
 * its rating): before that, the number would just be checklist order dressed up as a priority.
 */
function priorityText(f: Finding, rank: number): string {
  if (f.status === 'resolved') return 'Resolved';
  return f.redFlag || isRated(f) ? String(rank) : 'Rate to rank';
}

/**
 * Findings in the order to act on them (the domain's UNGP 24 order), each a link to its
 * editor: one page of them, `offset` being the priority of the first minus one.
 */
export function FindingTable(props: {
  assessmentId: string;
  findings: readonly Finding[];
  offset?: number;
  /** Rate a finding in the list (its four ratings), without opening its editor; absent, the list is read-only. */
  onRate?: (finding: Finding, rating: Rating) => Promise<void>;
}) {
  const [rating, setRating] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Closing the rating puts focus back on the button that opened it, as a person expects.
  const close = (key: string) => {
    setRating(null);
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  };
  const columns = props.onRate ? 7 : 6;
  return (
    <TableScroll label="Findings in priority order">
      <table className="findings-table cards">
        <caption>Findings in priority order</caption>
        <thead>
          <tr>
            {Object.values(COLUMNS).map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
            {props.onRate && <th scope="col">Quick rating</th>}
          </tr>
        </thead>
        <tbody>
          {props.findings.map((f, i) => (
            <Fragment key={f.key}>
            <tr className={f.redFlag ? 'red-flag-row' : undefined}>
              <td data-label={COLUMNS.priority}>{priorityText(f, (props.offset ?? 0) + i + 1)}</td>
              <th scope="row">
                {f.redFlag && <span className="badge red-flag">Red flag</span>} <Link href={sectionHref(props.assessmentId, 'findings', f.key)}><bdi>{f.title}</bdi></Link>
              </th>
              <td data-label={COLUMNS.severity}>{severityText(f)}</td>
              <td data-label={COLUMNS.likelihood}>{likelihoodText(f)}</td>
              <td data-label={COLUMNS.status}>{FINDING_STATUS_LABELS[f.status]}</td>
              <td data-label={COLUMNS.source}>{sourceText(f)}</td>
              {props.onRate && (
                <td>
                  <button
                    type="button"
                    ref={(el) => void (el ? buttons.current.set(f.key, el) : buttons.current.delete(f.key))}
                    aria-expanded={rating === f.key}
                    aria-label={`${isRated(f) ? 'Change rating of' : 'Rate'} “${f.title}”`}
                    onClick={() => (rating === f.key ? close(f.key) : setRating(f.key))}
                  >
                    {isRated(f) ? 'Change rating' : 'Rate'}
                  </button>
                </td>
              )}
            </tr>
            {props.onRate && rating === f.key && (
              <tr className="quick-rating-row">
                <td colSpan={columns}>
                  <QuickRating
                    finding={f}
                    onCancel={() => close(f.key)}
                    onSave={async (r) => {
                      await props.onRate!(f, r);
                      close(f.key);
                    }}
                  />
                </td>
              </tr>
            )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
