import { useId, useState } from 'react';
import {
  ANSWER_LABELS,
  AUDIT_VERDICTS,
  VERDICT_LABELS,
  questionFor,
  type AssessmentChangeInput,
  type ChecklistItem,
  type ItemAnswer,
  type ReviewVerdict,
} from '../../domain';
import { useServices } from '../../app/services';
import { EvidenceLink } from '../common/EvidenceLink';

/**
 * One item: the respondent's answer on the left of the reader's eye, the
 * auditor's verdict and comment after it. Saved by the button, not as typed:
 * a verdict is a considered statement, and each save is one trail event.
 */
export function ItemReview(props: {
  item: ChecklistItem;
  buyer: boolean;
  answer: ItemAnswer | undefined;
  commit: (change: AssessmentChangeInput) => Promise<unknown>;
  by: string;
  readOnly: boolean;
  onSaved: (message: string) => void;
}) {
  const { item, answer } = props;
  const services = useServices();
  const headingId = useId();
  const commentId = useId();
  const saved = answer?.review ?? null;
  const [verdict, setVerdict] = useState<ReviewVerdict | null>(saved?.verdict ?? null);
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const changed = verdict !== (saved?.verdict ?? null) || comment !== (saved?.comment ?? '');

  async function save() {
    if (!verdict) return;
    setState({ saving: true, error: null });
    try {
      await props.commit({
        type: 'review.set',
        itemId: item.id,
        review: { verdict, comment, reviewedAt: services.now().toISOString(), reviewedBy: props.by },
      });
      setState({ saving: false, error: null });
      props.onSaved(`Saved the verdict on ${item.id}: ${VERDICT_LABELS[verdict]}.`);
    } catch (error) {
      setState({ saving: false, error: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <article aria-labelledby={headingId} className="item-card review-card">
      <h5 id={headingId} className="review-question">
        <span className="item-id">{item.id}</span> {questionFor(item, props.buyer)}
      </h5>
      <div className="review-grid">
        <dl className="record-fields respondent">
          <div>
            <dt>Respondent’s answer</dt>
            <dd>{answer?.status ? ANSWER_LABELS[answer.status] : 'Not answered'}</dd>
          </div>
          <div>
            <dt>Notes</dt>
            <dd dir="auto">{answer?.notes || 'none'}</dd>
          </div>
          <div>
            <dt>Evidence</dt>
            <dd>
              {answer && answer.evidence.length > 0 ? (
                <ul className="plain-list">
                  {answer.evidence.map((e, i) => (
                    <li key={i}>
                      <bdi>{e.label}</bdi> {e.url && <EvidenceLink url={e.url} />}
                    </li>
                  ))}
                </ul>
              ) : (
                'none'
              )}
            </dd>
          </div>
          {answer?.status && (
            <div>
              <dt>Answered</dt>
              <dd>
                <time dateTime={answer.answeredAt}>{new Date(answer.answeredAt).toLocaleString()}</time>
                {answer.answeredBy && (
                  <>
                    {' '}
                    by <bdi>{answer.answeredBy}</bdi>
                  </>
                )}
              </dd>
            </div>
          )}
        </dl>
        <fieldset className="plain review-form" disabled={props.readOnly || state.saving}>
          <fieldset className="field">
            <legend>Verdict on {item.id}</legend>
            <div className="status-choices">
              {AUDIT_VERDICTS.map((v) => (
                <label key={v} className="choice">
                  <input type="radio" name={`verdict-${item.id}`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                  {VERDICT_LABELS[v]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={commentId}>Comment on {item.id}</label>
            <textarea id={commentId} rows={3} maxLength={20000} dir="auto" value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="button" onClick={save} disabled={!verdict || !changed}>
              Save verdict on {item.id}
            </button>
            {saved && !changed && (
              <span className="muted">
                Saved{saved.reviewedBy && (
                  <>
                    {' '}
                    by <bdi>{saved.reviewedBy}</bdi>
                  </>
                )}
                , <time dateTime={saved.reviewedAt}>{new Date(saved.reviewedAt).toLocaleString()}</time>
              </span>
            )}
          </div>
          {state.error && (
            <p role="alert" className="alert error">
              {state.error}
            </p>
          )}
        </fieldset>
      </div>
    </article>
  );
}
