import { useState } from 'react';
import { ANSWER_LABELS, VERDICT_LABELS, type ItemAnswer } from '../../../domain';
import { RESPONSE_VERDICTS, type AnswerReview, type EvidenceFile, type ResponseRedFlagSource, type ResponseVerdict } from '../../../domain/procurement';
import { RED_FLAG_SOURCE_LABELS } from '../dealBreakerWords';

export interface ReviewCardProps {
  questionKey: string;
  text: string;
  answer: ItemAnswer | undefined;
  evidence: readonly EvidenceFile[];
  redFlag: ResponseRedFlagSource | null;
  /** Set on a later revision when this answer changed since the round before ("changed since round 1"). */
  changedSinceRound: number | null;
  review: AnswerReview | undefined;
  /** Stores the verdict; resolves to words for a refusal, or null when saved. */
  onSave: (verdict: ResponseVerdict, comment: string) => Promise<string | null>;
}

/** One answer of a vendor's response beside the buyer's verdict on it (accepted / clarification needed / insufficient) and a comment. */
export function ReviewCard(props: ReviewCardProps) {
  const k = props.questionKey;
  const [verdict, setVerdict] = useState<ResponseVerdict | null>(props.review?.verdict ?? null);
  const [comment, setComment] = useState(props.review?.comment ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = `review-${k}`;

  async function save() {
    if (!verdict) return setMessage({ error: true, text: `Choose a verdict on ${k} first.` });
    if (verdict === 'clarification-needed' && !comment.trim()) return setMessage({ error: true, text: `Write in the comment what the vendor should clarify about ${k}.` });
    const refused = await props.onSave(verdict, comment);
    setMessage(refused ? { error: true, text: refused } : { error: false, text: `Saved: ${VERDICT_LABELS[verdict]}.` });
  }

  return (
    <article className="panel review-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="review-question">
        <span className="item-id">{k}</span> <bdi>{props.text}</bdi>
      </h3>
      {props.changedSinceRound !== null && <p className="badge">Changed since round {props.changedSinceRound}</p>}
      <p>
        Answer: <strong>{props.answer?.status ? ANSWER_LABELS[props.answer.status] : 'No answer'}</strong>
        {props.redFlag && <strong className="red-flag-text"> Red flag: {RED_FLAG_SOURCE_LABELS[props.redFlag].toLowerCase()}.</strong>}
      </p>
      {props.answer?.notes && (
        <p className="pre-wrap">
          Notes: <bdi>{props.answer.notes}</bdi>
        </p>
      )}
      {props.evidence.length > 0 && (
        <ul className="evidence-files" aria-label={`Evidence files for ${k}`}>
          {props.evidence.map((e) => (
            <li key={e.sha256}>
              <bdi>{e.name}</bdi> (<code className="hash">{e.sha256.slice(0, 19)}…</code>)
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>Your review of {k}</legend>
        {RESPONSE_VERDICTS.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name={`${id}-verdict`} checked={verdict === v} onChange={() => setVerdict(v)} /> {VERDICT_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>Comment on {k}</label>
        <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        <p className="hint">For “Clarification needed”, write the question the vendor should answer: it is sent to them as it is.</p>
      </div>
      <button type="button" onClick={() => void save()}>
        Save the review of {k}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert error' : 'alert ok'}>
          {message.text}
        </p>
      )}
    </article>
  );
}
