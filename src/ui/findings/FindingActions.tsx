import { Link } from 'wouter';
import { ACTION_STATUS_LABELS, type Assessment } from '../../domain';
import { sectionHref } from '../assessment/sections';
import { newActionForParam } from '../actions/newActionParam';

/**
 * The actions that answer this finding, and a way to add one from here: deciding what to do
 * about a harm belongs next to rating it, not three screens away (UNGP 19).
 */
export function FindingActions(props: { assessment: Assessment; findingKey: string }) {
  const linked = props.assessment.actions.filter((a) => a.findingKeys.includes(props.findingKey));
  return (
    <section aria-labelledby="finding-actions-title" className="finding-actions">
      <h3 id="finding-actions-title">Actions for this finding</h3>
      {linked.length === 0 ? (
        <p className="muted">No action addresses it yet.</p>
      ) : (
        <ul>
          {linked.map((a) => (
            <li key={a.id}>
              <bdi>{a.description}</bdi> <span className="muted">· {ACTION_STATUS_LABELS[a.status]}{a.dueDate ? ` · due ${a.dueDate}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={sectionHref(props.assessment.id, 'actions', newActionForParam(props.findingKey))} className="button">
          Create an action for this finding
        </Link>
      </p>
    </section>
  );
}
