import { useState } from 'react';
import type { ItemAnswer } from '../../../domain';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../../common/codeWords';
import { NO_ANSWER, redFlagSentence } from '../codeMessages';
import { RESPONSE_VERDICTS, type AnswerReview, type EvidenceFile, type ResponseRedFlagSource, type ResponseVerdict } from '../../../domain/procurement';

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
  const intl = useIntl();
  const [verdict, setVerdict] = useState<ResponseVerdict | null>(props.review?.verdict ?? null);
  const [comment, setComment] = useState(props.review?.comment ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = `review-${k}`;

  async function save() {
    if (!verdict) return setMessage({ error: true, text: intl.formatMessage({ defaultMessage: 'Choose a verdict on {key} first.', description: 'Review: saving without a verdict on question {key}' }, { key: k }) });
    if (verdict === 'clarification-needed' && !comment.trim()) {
      return setMessage({
        error: true,
        text: intl.formatMessage({ defaultMessage: 'Write in the comment what the vendor should clarify about {key}.', description: 'Review: “Clarification needed” chosen without a comment on question {key}' }, { key: k }),
      });
    }
    const refused = await props.onSave(verdict, comment);
    setMessage(
      refused
        ? { error: true, text: refused }
        : { error: false, text: intl.formatMessage({ defaultMessage: 'Saved: {verdict}.', description: 'Review: the verdict on an answer was stored' }, { verdict: intl.formatMessage(VERDICT_MESSAGES[verdict]) }) },
    );
  }

  return (
    <article className="panel review-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="review-question">
        <span className="item-id">{k}</span> <bdi>{props.text}</bdi>
      </h3>
      {props.changedSinceRound !== null && (
        <p className="badge">
          <FormattedMessage defaultMessage="Changed since round {round}" description="Review: badge on an answer the vendor changed since the clarification round" values={{ round: props.changedSinceRound }} />
        </p>
      )}
      <p>
        <FormattedMessage
          defaultMessage="Answer: {answer}"
          description="Review: the vendor’s answer"
          values={{ answer: <strong>{props.answer?.status ? intl.formatMessage(ANSWER_MESSAGES[props.answer.status]) : intl.formatMessage(NO_ANSWER)}</strong> }}
        />
        {props.redFlag && <strong className="red-flag-text"> {redFlagSentence(intl, props.redFlag)}</strong>}
      </p>
      {props.answer?.notes && (
        <p className="pre-wrap">
          <FormattedMessage defaultMessage="Notes: {notes}" description="Review: the vendor’s notes on the answer" values={{ notes: <bdi>{props.answer.notes}</bdi> }} />
        </p>
      )}
      {props.evidence.length > 0 && (
        <ul className="evidence-files" aria-label={intl.formatMessage({ defaultMessage: 'Evidence files for {key}', description: 'Review: list of the evidence files attached to question {key}' }, { key: k })}>
          {props.evidence.map((e) => (
            <li key={e.sha256}>
              <bdi>{e.name}</bdi> (<code className="hash">{e.sha256.slice(0, 19)}…</code>)
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>
          <FormattedMessage defaultMessage="Your review of {key}" description="Review: group of verdicts on question {key}" values={{ key: k }} />
        </legend>
        {RESPONSE_VERDICTS.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name={`${id}-verdict`} checked={verdict === v} onChange={() => setVerdict(v)} /> {intl.formatMessage(VERDICT_MESSAGES[v])}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>
          <FormattedMessage defaultMessage="Comment on {key}" description="Review: the buyer’s comment on question {key}" values={{ key: k }} />
        </label>
        <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        <p className="hint">
          <FormattedMessage
            defaultMessage="For “Clarification needed”, write the question the vendor should answer: it is sent to them as it is."
            description="Review: hint under the comment"
          />
        </p>
      </div>
      <button type="button" onClick={() => void save()}>
        <FormattedMessage defaultMessage="Save the review of {key}" description="Review: button storing the verdict on question {key}" values={{ key: k }} />
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert error' : 'alert ok'}>
          {message.text}
        </p>
      )}
    </article>
  );
}
