import { useEasyRead } from '../common/easyRead';
import { ANSWER_MESSAGES, STAGE_MESSAGES } from '../common/codeWords';
import { EASY_ANSWER_MESSAGES, SKIP_REASON_MESSAGES } from './checklistWords';
import { shorten } from '../common/labels';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { isAnswered, questionFor, raisesRedFlag, type Assessment, type ResolvedChecklist, type StageId } from '../../domain';

/** Every item of the stage: applicable ones to jump to, and skipped ones with the reason. */
export function StageOutline(props: {
  /** A buyer reads the buyer's wording of a question, as on the item itself. */
  buyer: boolean;
  stage: StageId;
  assessment: Assessment;
  resolved: ResolvedChecklist;
  currentItemId: string | null;
  /** The language an item's texts are shown in (English when not given: the checklist's source). */
  itemLang?: (itemId: string) => string;
  onJump: (itemId: string) => void;
}) {
  const itemLang = props.itemLang ?? (() => 'en');
  // The global Easy read switch covers the whole checklist: the outline and its answer labels too.
  const [easy] = useEasyRead();
  const intl = useIntl();
  const labels = easy ? EASY_ANSWER_MESSAGES : ANSWER_MESSAGES;
  const applicable = props.resolved.applicable[props.stage];
  const skipped = props.resolved.skipped[props.stage];
  return (
    <aside className="stage-outline" aria-labelledby="outline-title">
      <h2 id="outline-title">
        <FormattedMessage defaultMessage="{stage}: all items" description="Stage outline heading (the stage’s name first)" values={{ stage: intl.formatMessage(STAGE_MESSAGES[props.stage]) }} />
      </h2>
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
                <span className="item-id">{item.id}</span> <span lang={itemLang(item.id)}>{easy ? item.easyRead : shorten(questionFor(item, props.buyer))}</span>
              </button>{' '}
              {/* Each answer in its own colour and words: a No must not look like a Yes at a glance. */}
              <span className={answered && status ? `badge answer-${status}` : 'badge'}>{answered && status ? intl.formatMessage(labels[status]) : intl.formatMessage({ defaultMessage: 'Not answered', description: 'Stage outline: an item has no answer yet' })}
              </span>
              {raisesRedFlag(item, status) && (
                <span className="badge red-flag">
                  <FormattedMessage defaultMessage="Red flag" description="Checklist item badge: a negative answer can stop the project" />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {skipped.length > 0 && (
        <details>
          <summary>
            <FormattedMessage
              defaultMessage="{count, plural, one {# item not applicable to your profile} other {# items not applicable to your profile}}"
              description="Stage outline: disclosure with the items the profile ruled out"
              values={{ count: skipped.length }}
            />
          </summary>
          <ul>
            {skipped.map(({ item, reason }) => (
              <li key={item.id}>
                <span className="item-id">{item.id}</span> <span lang={itemLang(item.id)}>{easy ? item.easyRead : shorten(questionFor(item, props.buyer))}</span> <span className="muted">({intl.formatMessage(SKIP_REASON_MESSAGES[reason])})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
