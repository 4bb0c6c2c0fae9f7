import { useId, useState } from 'react';
import {
  AUDIT_VERDICTS,
  questionFor,
  type AssessmentChangeInput,
  type ChecklistItem,
  type ItemAnswer,
  type ReviewVerdict,
} from '../../domain';
import { useServices } from '../../app/services';
import { EvidenceLink } from '../common/EvidenceLink';
import { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../common/codeWords';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

const WORDS = defineMessages({
  none: { defaultMessage: 'none', description: 'Audit, respondent’s answer: no notes or no evidence given' },
  by: { defaultMessage: '{when} by {who}', description: 'Audit: when something was done and by whom; when is a date and time, who a name' },
});

/**
 * One item: the respondent's answer on the left of the reader's eye, the
 * auditor's verdict and comment after it. Saved by the button, not as typed:
 * a verdict is a considered statement, and each save is one trail event.
 */
export function ItemReview(props: {
  /** The item as the auditor reads it (its texts in the chosen language where translated). */
  item: ChecklistItem;
  /** The language of the item's texts when it is not the page's. */
  lang?: string;
  buyer: boolean;
  answer: ItemAnswer | undefined;
  commit: (change: AssessmentChangeInput) => Promise<unknown>;
  by: string;
  readOnly: boolean;
  onSaved: (message: string) => void;
}) {
  const { item, answer } = props;
  const services = useServices();
  const intl = useIntl();
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
      props.onSaved(
        intl.formatMessage(
          { defaultMessage: 'Saved the verdict on {item}: {verdict}.', description: 'Audit: a verdict was saved; item is a checklist item id such as DES-03' },
          { item: item.id, verdict: intl.formatMessage(VERDICT_MESSAGES[verdict]) },
        ),
      );
    } catch (error) {
      const reason = failureReason(error, intl);
      setState({ saving: false, error: intl.formatMessage({ defaultMessage: 'Not saved: {reason}', description: 'Audit: saving failed; reason says why, as a lower-case sentence' }, { reason }) });
    }
  }

  return (
    <article aria-labelledby={headingId} className="item-card review-card">
      <h5 id={headingId} className="review-question">
        <span className="item-id">{item.id}</span> <span lang={props.lang}>{questionFor(item, props.buyer)}</span>
      </h5>
      <div className="review-grid">
        <dl className="record-fields respondent">
          <div>
            <dt>
              <FormattedMessage defaultMessage="Respondent’s answer" description="Audit: the answer given by the person assessed" />
            </dt>
            <dd>
              {answer?.status
                ? intl.formatMessage(ANSWER_MESSAGES[answer.status])
                : intl.formatMessage({ defaultMessage: 'Not answered', description: 'Audit: the respondent gave no answer' })}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage defaultMessage="Notes" description="Audit: the respondent’s notes" />
            </dt>
            <dd dir="auto">{answer?.notes || intl.formatMessage(WORDS.none)}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage defaultMessage="Evidence" description="Audit: the respondent’s evidence" />
            </dt>
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
                intl.formatMessage(WORDS.none)
              )}
            </dd>
          </div>
          {answer?.status && (
            <div>
              <dt>
                <FormattedMessage defaultMessage="Answered" description="Audit: when and by whom the respondent answered" />
              </dt>
              <dd>
                {answer.answeredBy ? (
                  <FormattedMessage
                    {...WORDS.by}
                    values={{ when: <time dateTime={answer.answeredAt}>{intl.formatDateTime(answer.answeredAt)}</time>, who: <bdi>{answer.answeredBy}</bdi> }}
                  />
                ) : (
                  <time dateTime={answer.answeredAt}>{intl.formatDateTime(answer.answeredAt)}</time>
                )}
              </dd>
            </div>
          )}
        </dl>
        <fieldset className="plain review-form" disabled={props.readOnly || state.saving}>
          <fieldset className="field">
            <legend>
              <FormattedMessage defaultMessage="Verdict on {item}" description="Audit: choice of verdict; item is a checklist item id" values={{ item: item.id }} />
            </legend>
            <div className="status-choices">
              {AUDIT_VERDICTS.map((v) => (
                <label key={v} className="choice">
                  <input type="radio" name={`verdict-${item.id}`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                  {intl.formatMessage(VERDICT_MESSAGES[v])}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={commentId}>
              <FormattedMessage defaultMessage="Comment on {item}" description="Audit: the auditor’s comment; item is a checklist item id" values={{ item: item.id }} />
            </label>
            <textarea id={commentId} rows={3} maxLength={20000} dir="auto" value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="button" onClick={save} disabled={!verdict || !changed}>
              <FormattedMessage defaultMessage="Save verdict on {item}" description="Audit: save button; item is a checklist item id" values={{ item: item.id }} />
            </button>
            {saved && !changed && (
              <span className="muted">
                {saved.reviewedBy ? (
                  <FormattedMessage
                    defaultMessage="Saved by {who}, {when}"
                    description="Audit: the verdict is saved; who is the auditor, when a date and time"
                    values={{ who: <bdi>{saved.reviewedBy}</bdi>, when: <time dateTime={saved.reviewedAt}>{intl.formatDateTime(saved.reviewedAt)}</time> }}
                  />
                ) : (
                  <FormattedMessage
                    defaultMessage="Saved, {when}"
                    description="Audit: the verdict is saved; when is a date and time"
                    values={{ when: <time dateTime={saved.reviewedAt}>{intl.formatDateTime(saved.reviewedAt)}</time> }}
                  />
                )}
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
