import { Link } from 'wouter';
import { useState } from 'react';
import { pageHolding, pageOf, type Finding } from '../../domain';
import { Pager } from '../common/Pager';
import { sectionHref } from '../assessment/sections';
import { shorten } from '../common/labels';

/** The other findings beside the one being edited, in priority order, to move between them. */
export function FindingOutline(props: { assessmentId: string; findings: readonly Finding[]; current: string | null }) {
  // Starts on the page that holds the finding being edited; paged like the list itself.
  const [page, setPage] = useState(() => pageHolding(props.findings.findIndex((f) => f.key === props.current)));
  const shown = pageOf(props.findings, page);
  return (
    <aside className="stage-outline" aria-labelledby="finding-outline-title">
      <h2 id="finding-outline-title">All findings, in priority order</h2>
      {props.findings.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ol start={shown.offset + 1}>
          {shown.rows.map((f) => (
            <li key={f.key}>
              <Link href={sectionHref(props.assessmentId, 'findings', f.key)} aria-current={f.key === props.current ? 'page' : undefined}>
                <bdi>{shorten(f.title, 80)}</bdi>
              </Link>
              {f.redFlag && <span className="badge red-flag">Red flag</span>}
            </li>
          ))}
        </ol>
      )}
      <Pager page={shown} label="Pages of the findings outline" onPage={setPage} />
    </aside>
  );
}
