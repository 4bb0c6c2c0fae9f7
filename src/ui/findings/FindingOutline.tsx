import { Link } from 'wouter';
import type { Finding } from '../../domain';
import { sectionHref } from '../assessment/sections';
import { shorten } from '../common/labels';

/** The other findings beside the one being edited, in priority order, to move between them. */
export function FindingOutline(props: { assessmentId: string; findings: readonly Finding[]; current: string | null }) {
  return (
    <aside className="stage-outline" aria-labelledby="finding-outline-title">
      <h2 id="finding-outline-title">All findings, in priority order</h2>
      {props.findings.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ol>
          {props.findings.map((f) => (
            <li key={f.key}>
              <Link href={sectionHref(props.assessmentId, 'findings', f.key)} aria-current={f.key === props.current ? 'page' : undefined}>
                <bdi>{shorten(f.title, 80)}</bdi>
              </Link>
              {f.redFlag && <span className="badge red-flag">Red flag</span>}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
