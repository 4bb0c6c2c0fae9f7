import { Link } from 'wouter';
import { FINDING_STATUS_LABELS, isRated, type Finding } from '../../domain';
import { sectionHref } from '../assessment/sections';
import { TableScroll } from '../common/TableScroll';
import { likelihoodText, severityText, sourceText } from './format';

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
export function FindingTable(props: { assessmentId: string; findings: readonly Finding[]; offset?: number }) {
  return (
    <TableScroll label="Findings in priority order">
      <table className="findings-table">
        <caption>Findings in priority order</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Finding</th>
            <th scope="col">Severity</th>
            <th scope="col">Likelihood</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {props.findings.map((f, i) => (
            <tr key={f.key} className={f.redFlag ? 'red-flag-row' : undefined}>
              <td>{priorityText(f, (props.offset ?? 0) + i + 1)}</td>
              <th scope="row">
                {f.redFlag && <span className="badge red-flag">Red flag</span>} <Link href={sectionHref(props.assessmentId, 'findings', f.key)}><bdi>{f.title}</bdi></Link>
              </th>
              <td>{severityText(f)}</td>
              <td>{likelihoodText(f)}</td>
              <td>{FINDING_STATUS_LABELS[f.status]}</td>
              <td>{sourceText(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
