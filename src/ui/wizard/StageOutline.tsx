import { EASY_ANSWER_LABELS, useEasyRead } from '../common/easyRead';
import { ANSWER_LABELS, SKIP_REASON_LABELS, STAGE_LABELS, isAnswered, questionFor, raisesRedFlag, type Assessment, type ResolvedChecklist, type StageId } from '../../domain';

/** Every item of the stage: applicable ones to jump to, and skipped ones with the reason. */
export function StageOutline(props: {
  /** A buyer reads the buyer's wording of a question, as on the item itself. */
  buyer: boolean;
  stage: StageId;
  assessment: Assessment;
  resolved: ResolvedChecklist;
  currentItemId: string | null;
  onJump: (itemId: string) => void;
}) {
  // The global Easy read switch covers the whole checklist: the outline and its answer labels too.
  const [easy] = useEasyRead();
  const labels = easy ? EASY_ANSWER_LABELS : ANSWER_LABELS;
  const applicable = props.resolved.applicable[props.stage];
  const skipped = props.resolved.skipped[props.stage];
  return (
    <aside className="stage-outline" aria-labelledby="outline-title">
      <h2 id="outline-title">{STAGE_LABELS[props.stage]}: all items</h2>
      <ol>
        {applicable.map((item) => {
          const status = props.assessment.answers[item.id]?.status;
          const answered = isAnswered(props.assessment, item.id);
          return (
            <li key={item.id}>
              <button
                type="button"
                className="link-button"
                aria-current={item.id === props.currentItemId ? 'true' : undefined}
                onClick={() => props.onJump(item.id)}
              >
                <span className="item-id">{item.id}</span> {easy ? item.easyRead : shorten(questionFor(item, props.buyer))}
              </button>{' '}
              {/* Each answer in its own colour and words: a No must not look like a Yes at a glance. */}
              <span className={answered && status ? `badge answer-${status}` : 'badge'}>{answered && status ? labels[status] : 'Not answered'}</span>
              {raisesRedFlag(item, status) && <span className="badge red-flag">Red flag</span>}
            </li>
          );
        })}
      </ol>
      {skipped.length > 0 && (
        <details>
          <summary>
            {skipped.length} item{skipped.length === 1 ? '' : 's'} not applicable to your profile
          </summary>
          <ul>
            {skipped.map(({ item, reason }) => (
              <li key={item.id}>
                <span className="item-id">{item.id}</span> {easy ? item.easyRead : shorten(questionFor(item, props.buyer))} <span className="muted">({SKIP_REASON_LABELS[reason]})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}

function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
